"""What the transit mixins share: option checks, the value sets OpenBao documents, the URL helper."""
from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.constants import transit as transit_constants

DEFAULT_MOUNT_POINT = "transit"

_BatchInput = List[Dict[str, Any]]


def _validate_signature_options(
    hash_algorithm: Optional[str],
    signature_algorithm: Optional[str],
    marshaling_algorithm: Optional[str],
    salt_length: Optional[Union[str, int]],
) -> None:
    """Check the options shared by :meth:`Transit.sign_data` and :meth:`Transit.verify_signed_data`."""
    utils.validate_allowed("hash_algorithm", hash_algorithm, transit_constants.ALLOWED_HASH_DATA_ALGORITHMS)
    utils.validate_allowed("signature_algorithm", signature_algorithm, transit_constants.ALLOWED_SIGNATURE_ALGORITHMS)
    utils.validate_allowed(
        "marshaling_algorithm", marshaling_algorithm, transit_constants.ALLOWED_MARSHALING_ALGORITHMS
    )
    pattern = transit_constants.ALLOWED_SALT_LENGTHS
    if salt_length is not None and not pattern.fullmatch(str(salt_length)):
        raise exceptions.ParamValidationError(
            f'invalid salt_length argument provided "{salt_length}", supported types: "{pattern.pattern}"'
        )


# Value sets OpenBao documents for the endpoints beyond the reference (its lists are longer than
# the reference's constants, which stay as they are for the reference's methods).
_URL_HASH_ALGORITHMS = tuple(f"sha{family}-{bits}" for family in (2, 3) for bits in (224, 256, 384, 512))
_URL_SIGNATURE_HASH_ALGORITHMS = ("sha1", *_URL_HASH_ALGORITHMS, "mldsa-mu", "none")
_OAEP_HASH_FUNCTIONS = ("SHA1", "SHA224", "SHA256", "SHA384", "SHA512")
_DERIVED_KEY_TYPES = ("aes128-gcm96", "aes256-gcm96", "chacha20-poly1305", "xchacha20-poly1305")
_KEY_DERIVATION_ALGORITHMS = ("ecdh",)
_RANDOM_SOURCES = ("platform", "seal", "all")


def _signature_options(
    context: Optional[str],
    prehashed: Optional[bool],
    signature_algorithm: Optional[str],
    marshaling_algorithm: Optional[str],
    salt_length: Optional[Union[str, int]],
) -> Dict[str, Any]:
    """Validate the options the URL forms of signing and verifying share; return those set."""
    _validate_signature_options(None, signature_algorithm, marshaling_algorithm, salt_length)
    return utils.remove_nones(
        {
            "context": context,
            "prehashed": prehashed,
            "signature_algorithm": signature_algorithm,
            "marshaling_algorithm": marshaling_algorithm,
            "salt_length": salt_length,
        }
    )


class TransitBase(VaultApiBase[VaultResponse]):
    """The request helper of the transit mixins."""

    def _url(self, template: str, mount_point: str, **kwargs: Any) -> str:
        return utils.format_url("/v1/{mount_point}/" + template, mount_point=mount_point, **kwargs)
