"""Arguments the hostile-input test cannot guess, one module per area of the API.

Each module defines ``OVERRIDES``: ``{"<target>.<method>": {"<parameter>": value}}`` (target as in
the test ids, e.g. ``"secrets.pki"`` or ``"sys"``); test_hostile_input.py merges them all.
"""
