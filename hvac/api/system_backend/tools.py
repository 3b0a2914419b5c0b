"""System backend: random bytes and hashing (``/v1/sys/tools/...``).

Beyond the reference: hvac has no method for these endpoints.
"""
from typing import Optional

from hvac import exceptions, utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse

#: Where OpenBao draws random bytes from.
RANDOM_SOURCES = ("platform", "seal", "all")
#: How OpenBao encodes random bytes and digests.
OUTPUT_FORMATS = ("base64", "hex")


class Tools(SystemBackendMixin[VaultResponse]):
    """Random bytes and hashing (``/v1/sys/tools/...``)."""

    def generate_random_bytes(
        self,
        n_bytes: Optional[int] = None,
        output_format: Optional[str] = None,
        source: Optional[str] = None,
        *,
        bytes: Optional[int] = None,
    ) -> VaultResponse:
        """Return random bytes from the server.

        ``POST /v1/sys/tools/random[/{source}][/{urlbytes}]``

        The source and the byte count go in the URL when given (the form an ACL policy can
        restrict), so each combination reaches its own endpoint.

        :param n_bytes: how many bytes (the server's default is 32).
        :param output_format: ``base64`` (the server's default) or ``hex``.
        :param source: ``platform`` (the server's default), ``seal`` (the seal's entropy, where it
            has some) or ``all`` (both mixed).
        :param bytes: the byte count sent in the body instead, the form Vault documents first (give
            this or ``n_bytes``): a policy on the path without a count (``sys/tools/random`` or
            ``…/random/{source}``) then allows any count.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``output_format`` or ``source``,
            a byte count that is not a positive integer, or both ``n_bytes`` and ``bytes``.
        :return: the decoded answer (``data.random_bytes``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("output_format", output_format, OUTPUT_FORMATS, noun="values")
        utils.validate_allowed("source", source, RANDOM_SOURCES, noun="values")
        if n_bytes is not None and bytes is not None:
            raise exceptions.ParamValidationError("give n_bytes (sent in the URL) or bytes (sent in the body), not both")
        for name, count in (("n_bytes", n_bytes), ("bytes", bytes)):
            if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
                raise exceptions.ParamValidationError(f'invalid {name} argument provided "{count}": a positive integer')
        api_path = "/v1/sys/tools/random"
        if source is not None:
            api_path += utils.format_url("/{source}", source=source)
        if n_bytes is not None:
            api_path += f"/{n_bytes}"
        return self._adapter.post(url=api_path, json=utils.remove_nones({"format": output_format, "bytes": bytes}))

    def hash_data(
        self,
        hash_input: str,
        algorithm: Optional[str] = None,
        output_format: Optional[str] = None,
        *,
        algorithm_in_body: bool = False,
    ) -> VaultResponse:
        """Hash base64-encoded data on the server.

        ``POST /v1/sys/tools/hash`` or ``POST /v1/sys/tools/hash/{urlalgorithm}`` (when ``algorithm``
        is given, unless ``algorithm_in_body``)

        :param hash_input: the data to hash, base64-encoded.
        :param algorithm: ``sha2-224``, ``sha2-256`` (the server's default), ``sha2-384``,
            ``sha2-512``, or (OpenBao 2.7) ``sha3-224`` … ``sha3-512``. Not checked here: the server
            knows which it supports and refuses others.
        :param output_format: ``hex`` (the server's default) or ``base64``.
        :param algorithm_in_body: send ``algorithm`` in the body to ``sys/tools/hash`` rather than in the URL.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``output_format``.
        :return: the decoded answer (``data.sum``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("output_format", output_format, OUTPUT_FORMATS, noun="values")
        api_path = "/v1/sys/tools/hash"
        if algorithm is not None and not algorithm_in_body:
            api_path = utils.format_url("/v1/sys/tools/hash/{algorithm}", algorithm=algorithm)
        body = {"input": hash_input, "format": output_format, "algorithm": algorithm if algorithm_in_body else None}
        params = utils.remove_nones(body)
        return self._adapter.post(url=api_path, json=params)
