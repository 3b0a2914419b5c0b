"""Constant values shared by the client and the API modules."""
