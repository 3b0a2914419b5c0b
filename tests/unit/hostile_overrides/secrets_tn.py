"""Arguments the hostile-input test cannot guess for Transit's URL forms: the algorithm or source
is a path segment with a fixed set of values, checked before sending."""
from typing import Any, Dict

OVERRIDES: Dict[str, Dict[str, Any]] = {
    "secrets.transit.hash_data_url_form": {"url_algorithm": "sha2-256"},
    "secrets.transit.generate_hmac_url_form": {"url_algorithm": "sha2-256"},
    "secrets.transit.sign_data_url_form": {"url_algorithm": "sha2-256"},
    "secrets.transit.verify_signed_data_url_form": {"url_algorithm": "sha2-256"},
    "secrets.transit.generate_random_bytes_url_form": {"source": "platform"},
}
