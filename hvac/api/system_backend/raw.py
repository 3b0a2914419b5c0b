"""System backend: raw storage access (``/v1/sys/raw/...``; only served when ``raw_storage_endpoint`` is enabled).

These endpoints read and write the storage below the barrier directly, bypassing every check
of the engines that own the data: a wrong write can break the server. OpenBao serves them only
when its configuration sets ``raw_storage_endpoint = true`` (otherwise they answer 404), and
only to a root (``sudo``) token. An empty ``path`` addresses the top of the storage
(``/v1/sys/raw``).

Beyond the reference: hvac has no method for these endpoints.
"""
from typing import Optional

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse

#: Compression OpenBao can apply to a value it writes.
RAW_COMPRESSION_TYPES = ("gzip", "snappy")
#: Encodings of raw values: ``base64`` (binary-safe); plain text when left out.
RAW_ENCODINGS = ("base64",)


def _raw_url(path: str) -> str:
    return utils.format_url("/v1/sys/raw/{path}", path=path)


class Raw(SystemBackendMixin[VaultResponse]):
    """Raw storage access (``/v1/sys/raw/...``; only served when ``raw_storage_endpoint`` is enabled)."""

    def read_raw_storage_entry(
        self, path: str = "", encoding: Optional[str] = None, compressed: Optional[bool] = None
    ) -> VaultResponse:
        """Read the value stored at a storage key.

        ``GET /v1/sys/raw/{path}`` (``GET /v1/sys/raw`` for an empty ``path``)

        :param path: the storage key, e.g. ``core/seal-config``.
        :param encoding: ``base64`` to get the bytes base64-encoded (binary or encrypted data);
            plain text when left out.
        :param compressed: ``False`` to get a compressed value as it is stored, without
            decompressing it (the server decompresses by default).
        :raises hvac.exceptions.ParamValidationError: for an unknown ``encoding``.
        :return: the decoded answer (``data.value``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        utils.validate_allowed("encoding", encoding, RAW_ENCODINGS, noun="values")
        params = utils.remove_nones({"encoding": encoding, "compressed": compressed})
        return self._adapter.get(url=_raw_url(path), params=params)

    def list_raw_storage_keys(
        self, path: str = "", limit: Optional[int] = None, after: Optional[str] = None
    ) -> VaultResponse:
        """List the storage keys below a prefix (names ending with ``/`` are prefixes themselves).

        ``LIST /v1/sys/raw/{path}`` (``LIST /v1/sys/raw`` for the top of the storage)

        :param path: the prefix, e.g. ``core/``; empty for the top.
        :param limit: return at most this many keys.
        :param after: start listing after this key (it need not exist), to page through.
        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        params = utils.remove_nones({"limit": limit, "after": after})
        return self._adapter.list(url=_raw_url(path), params=params)

    def write_raw_storage_entry(
        self,
        path: str = "",
        value: Optional[str] = None,
        encoding: Optional[str] = None,
        compression_type: Optional[str] = None,
    ) -> VaultResponse:
        """Store a value at a storage key, replacing what is there.

        ``POST /v1/sys/raw/{path}`` (``POST /v1/sys/raw`` for an empty ``path``)

        :param path: the storage key.
        :param value: the value: text, or base64 with ``encoding="base64"`` (an empty entry when
            left out).
        :param encoding: ``base64`` when ``value`` is base64-encoded bytes.
        :param compression_type: compress the value before storing it: one of
            :data:`RAW_COMPRESSION_TYPES`.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``encoding`` or ``compression_type``.
        :return: the requests.Response (OpenBao answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        utils.validate_allowed("encoding", encoding, RAW_ENCODINGS, noun="values")
        utils.validate_allowed("compression_type", compression_type, RAW_COMPRESSION_TYPES, noun="values")
        params = utils.remove_nones({"value": value, "encoding": encoding, "compression_type": compression_type})
        return self._adapter.post(url=_raw_url(path), json=params)

    def delete_raw_storage_entry(self, path: str = "") -> VaultResponse:
        """Delete the value stored at a storage key.

        ``DELETE /v1/sys/raw/{path}`` (``DELETE /v1/sys/raw`` for an empty ``path``)

        :param path: the storage key.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=_raw_url(path))
