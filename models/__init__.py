"""Shipped models. Installed as ``stance._models`` so a regular ``pip install .`` carries them."""
