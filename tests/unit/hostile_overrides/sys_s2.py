"""Arguments the hostile-input test cannot guess for the sys methods of tests/unit/test_sys_s2.py."""
from typing import Any, Dict

OVERRIDES: Dict[str, Dict[str, Any]] = {
    # The router trees are a fixed set; any other tag is refused before sending.
    "sys.inspect_router": {"tag": "uuid"},
}
