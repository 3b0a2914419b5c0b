"""Arguments of client.secrets.pki methods that the hostile-input test cannot guess."""
from typing import Any, Dict

# A tiny DER value (an empty SEQUENCE): the OCSP methods take the request's DER bytes, not text.
_DER = b"\x30\x00"

OVERRIDES: Dict[str, Dict[str, Any]] = {
    "secrets.pki.generate_root_issuer": {"type": "internal"},
    "secrets.pki.generate_intermediate_issuer": {"type": "internal"},
    "secrets.pki.rotate_root": {"type": "internal"},
    "secrets.pki.query_ocsp": {"ocsp_request": _DER},
    "secrets.pki.query_ocsp_with_get": {"ocsp_request": _DER},
}
