"""KV secrets engine, version 2 (versioned secrets with metadata)."""
import warnings
from typing import Any, Dict, List, Optional, Union, cast

from hvac import exceptions, utils
from hvac.adapters import JsonResponse
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "secret"


def _validate_versions(versions: Any) -> None:
    """Refuse a ``versions`` argument that is not a non-empty list."""
    if not isinstance(versions, list) or len(versions) == 0:
        raise exceptions.ParamValidationError(
            f'argument to "versions" must be a list containing one or more integers, "{versions}" provided.'
        )


def _validate_type(param_name: str, value: Any, expected: type) -> None:
    """Refuse ``value`` unless it is an instance of ``expected``."""
    if not isinstance(value, expected):
        raise exceptions.ParamValidationError(
            f"{expected.__name__} expected for {param_name} param, {type(value)} received"
        )


def _is_deleted_version(error: exceptions.InvalidPath) -> bool:
    """Tell whether a 404 was Vault's answer for a soft-deleted version (its metadata has a deletion time)."""
    body = error.json
    if not isinstance(body, dict):
        return False
    metadata = (body.get("data") or {}).get("metadata") or {}
    return bool(metadata.get("deletion_time"))


class KvV2(VaultApiBase[VaultResponse]):
    """KV secrets engine, version 2: every write makes a new version; metadata is kept per path."""

    def _url(self, endpoint: str, mount_point: str, path: Optional[str] = None) -> str:
        """``/v1/{mount_point}/{endpoint}`` followed by ``/{path}`` when a path is given."""
        if path is None:
            return utils.format_url("/v1/{mount_point}/" + endpoint, mount_point=mount_point)
        return utils.format_url("/v1/{mount_point}/" + endpoint + "/{path}", mount_point=mount_point, path=path)

    def _post_versions(self, endpoint: str, path: str, versions: List[int], mount_point: str) -> VaultResponse:
        """POST ``{"versions": versions}`` to ``endpoint`` for ``path``, after checking ``versions``."""
        _validate_versions(versions)
        return self._adapter.post(url=self._url(endpoint, mount_point, path), json={"versions": versions})

    # ------------------------------------------------------------ engine config

    def configure(
        self,
        max_versions: int = 10,
        cas_required: Optional[bool] = None,
        delete_version_after: str = "0s",
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        metadata_cas_required: Optional[bool] = None,
    ) -> VaultResponse:
        """Set the engine-wide defaults of the mount.

        ``POST /v1/{mount_point}/config``

        :param max_versions: how many versions to keep per secret (0 means the engine default, 10).
        :param cas_required: when true, every write must carry ``cas``.
        :param delete_version_after: how long a version lives before being soft-deleted ("0s" = forever).
        :param mount_point: where the engine is mounted.
        :param metadata_cas_required: when true, every metadata update must carry ``metadata_cas`` (OpenBao only).
        :return: the decoded response, or the requests.Response (Vault usually answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params: Dict[str, Any] = {"max_versions": max_versions, "delete_version_after": delete_version_after}
        options = {"cas_required": cas_required, "metadata_cas_required": metadata_cas_required}
        params.update(utils.remove_nones(options))
        return self._adapter.post(url=self._url("config", mount_point), json=params)

    def read_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the engine-wide defaults of the mount.

        ``GET /v1/{mount_point}/config``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.max_versions``, ``data.cas_required``...), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=self._url("config", mount_point))

    # ------------------------------------------------------------------ data

    def read_secret(
        self,
        path: str,
        mount_point: str = DEFAULT_MOUNT_POINT,
        raise_on_deleted_version: Optional[bool] = None,
    ) -> Union[VaultResponse, JsonResponse]:
        """Read the latest version of a secret (same as :meth:`read_secret_version` with no version).

        ``GET /v1/{mount_point}/data/{path}``

        :param path: the secret's path below the mount.
        :param mount_point: where the engine is mounted.
        :param raise_on_deleted_version: see :meth:`read_secret_version`.
        :return: the decoded response (``data.data`` and ``data.metadata``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self.read_secret_version(
            path=path, mount_point=mount_point, raise_on_deleted_version=raise_on_deleted_version
        )

    def read_secret_version(
        self,
        path: str,
        version: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        raise_on_deleted_version: Optional[bool] = None,
    ) -> Union[VaultResponse, JsonResponse]:
        """Read one version of a secret (the latest when ``version`` is omitted).

        ``GET /v1/{mount_point}/data/{path}?version={version}``

        :param path: the secret's path below the mount.
        :param version: the version to read.
        :param mount_point: where the engine is mounted.
        :param raise_on_deleted_version: with ``False``, a soft-deleted version is returned (its
            404 body) instead of raising :class:`~hvac.exceptions.InvalidPath`. Omitted, it warns and acts as ``True``.
        :return: the decoded response.
        :raises hvac.exceptions.InvalidPath: when the secret or that version does not exist, or the
            version is deleted or destroyed and ``raise_on_deleted_version`` is not ``False`` (404).
        :raises hvac.exceptions.Forbidden: when the token may not read the secret (403).
        """
        if raise_on_deleted_version is None:
            warnings.warn(
                message=(
                    "The raise_on_deleted_version parameter will change its default value to False in hvac v3.0.0. "
                    "The current default of True will preserve previous behavior. To use the old behavior with no "
                    "warning, explicitly set this value to True. See https://github.com/hvac/hvac/pull/907"
                ),
                category=DeprecationWarning,
                stacklevel=2,
            )
            raise_on_deleted_version = True
        params = {"version": version} if version is not None else {}
        api_path = self._url("data", mount_point, path)
        try:
            return self._adapter.get(api_path, params=params)
        except exceptions.InvalidPath as error:
            if not raise_on_deleted_version and _is_deleted_version(error):
                return cast(Dict[str, Any], error.json)
            raise

    def create_or_update_secret(
        self,
        path: str,
        secret: Dict[str, Any],
        cas: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Write a new version of a secret.

        ``POST /v1/{mount_point}/data/{path}``

        :param path: the secret's path below the mount.
        :param secret: the key/value pairs of the new version.
        :param cas: check-and-set: 0 writes only if the secret does not exist yet, N only if the
            current version is N (otherwise Vault answers 400, :class:`~hvac.exceptions.InvalidRequest`).
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.version`` and the other metadata), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params: Dict[str, Any] = {"options": {}, "data": secret}
        if cas is not None:
            params["options"]["cas"] = cas
        return self._adapter.post(url=self._url("data", mount_point, path), json=params)

    def patch(self, path: str, secret: Dict[str, Any], mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Merge ``secret`` into the latest version of an existing secret, writing a new version.

        Done client side: the latest version is read (``GET /v1/{mount_point}/data/{path}``), updated
        with ``secret`` and written back (``POST`` to the same path) with ``cas`` set to the version
        read, so a concurrent write makes it fail instead of being lost.

        :param path: the secret's path below the mount.
        :param secret: the pairs to add or replace.
        :param mount_point: where the engine is mounted.
        :return: the response of the write.
        :raises hvac.exceptions.InvalidPath: when there is no readable version to patch.
        """
        try:
            current = cast(Dict[str, Any], self.read_secret_version(path=path, mount_point=mount_point))
        except exceptions.InvalidPath:
            raise exceptions.InvalidPath(f'No value found at "{path}"; patch only works on existing data.')
        patched = current["data"]["data"]
        patched.update(secret)
        return self.create_or_update_secret(
            path=path, secret=patched, cas=current["data"]["metadata"]["version"], mount_point=mount_point
        )

    def delete_latest_version_of_secret(self, path: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Soft-delete the latest version of a secret (it can be undeleted).

        ``DELETE /v1/{mount_point}/data/{path}``

        :param path: the secret's path below the mount.
        :param mount_point: where the engine is mounted.
        :return: the response of the DELETE (a requests.Response for Vault's usual 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=self._url("data", mount_point, path))

    def delete_secret_versions(
        self, path: str, versions: List[int], mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Soft-delete the given versions of a secret (they can be undeleted).

        ``POST /v1/{mount_point}/delete/{path}``

        :param path: the secret's path below the mount.
        :param versions: a non-empty list of version numbers.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (Vault usually answers 204).
        :raises hvac.exceptions.ParamValidationError: when ``versions`` is not a non-empty list.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._post_versions("delete", path, versions, mount_point)

    def undelete_secret_versions(
        self, path: str, versions: List[int], mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Restore soft-deleted versions of a secret.

        ``POST /v1/{mount_point}/undelete/{path}``

        :param path: the secret's path below the mount.
        :param versions: a non-empty list of version numbers.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (Vault usually answers 204).
        :raises hvac.exceptions.ParamValidationError: when ``versions`` is not a non-empty list.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._post_versions("undelete", path, versions, mount_point)

    def destroy_secret_versions(
        self, path: str, versions: List[int], mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Permanently remove the data of the given versions (their metadata stays, marked destroyed).

        ``POST /v1/{mount_point}/destroy/{path}``

        :param path: the secret's path below the mount.
        :param versions: a non-empty list of version numbers.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (Vault usually answers 204).
        :raises hvac.exceptions.ParamValidationError: when ``versions`` is not a non-empty list.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._post_versions("destroy", path, versions, mount_point)

    # -------------------------------------------------------------- metadata

    def list_secrets(self, path: str, mount_point: str = DEFAULT_MOUNT_POINT, *, scan: bool = False) -> VaultResponse:
        """List the key names below ``path`` (names ending in ``/`` are folders).

        ``LIST /v1/{mount_point}/metadata/{path}``, or with ``scan``
        ``GET /v1/{mount_point}/metadata/{path}?scan=true``

        :param path: the folder to list.
        :param mount_point: where the engine is mounted.
        :param scan: list the whole tree below ``path`` (``a/b`` rather than ``a/``; OpenBao only).
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        if scan:
            return self._adapter.get(url=self._url("metadata", mount_point, path), params={"scan": "true"})
        return self._adapter.list(url=self._url("metadata", mount_point, path))

    def read_secret_metadata(self, path: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a secret's metadata and the state of each of its versions.

        ``GET /v1/{mount_point}/metadata/{path}``

        :param path: the secret's path below the mount.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.versions``, ``data.current_version``, ``data.custom_metadata``...),
            or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=self._url("metadata", mount_point, path))

    def update_metadata(
        self,
        path: str,
        max_versions: Optional[int] = None,
        cas_required: Optional[bool] = None,
        delete_version_after: str = "0s",
        mount_point: str = DEFAULT_MOUNT_POINT,
        custom_metadata: Optional[Dict[str, str]] = None,
        *,
        metadata_cas: Optional[int] = None,
        metadata_cas_required: Optional[bool] = None,
    ) -> VaultResponse:
        """Set the per-secret settings and custom metadata of a path.

        ``POST /v1/{mount_point}/metadata/{path}``

        :param path: the secret's path below the mount.
        :param max_versions: how many versions to keep for this secret.
        :param cas_required: when true, writes to this secret must carry ``cas``; must be a bool.
        :param delete_version_after: how long a version lives before being soft-deleted ("0s" = forever).
        :param mount_point: where the engine is mounted.
        :param custom_metadata: string pairs stored with the secret; must be a dict.
        :param metadata_cas: apply only if the current metadata version is this one (OpenBao only).
        :param metadata_cas_required: whether metadata updates of this secret must carry ``metadata_cas``
            (OpenBao only).
        :return: the decoded response, or the requests.Response (Vault usually answers 204).
        :raises hvac.exceptions.ParamValidationError: for a non-bool ``cas_required`` or a non-dict
            ``custom_metadata``, before a request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params: Dict[str, Any] = {"delete_version_after": delete_version_after}
        if max_versions is not None:
            params["max_versions"] = max_versions
        if cas_required is not None:
            _validate_type("cas_required", cas_required, bool)
            params["cas_required"] = cas_required
        if custom_metadata is not None:
            _validate_type("custom_metadata", custom_metadata, dict)
            params["custom_metadata"] = custom_metadata
        options = {"metadata_cas": metadata_cas, "metadata_cas_required": metadata_cas_required}
        params.update(utils.remove_nones(options))
        return self._adapter.post(url=self._url("metadata", mount_point, path), json=params)

    def delete_metadata_and_all_versions(self, path: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove a secret entirely: its metadata and every version.

        ``DELETE /v1/{mount_point}/metadata/{path}``

        :param path: the secret's path below the mount.
        :param mount_point: where the engine is mounted.
        :return: the response of the DELETE (a requests.Response for Vault's usual 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=self._url("metadata", mount_point, path))

    # ------------------------------------------------ beyond the reference

    def _merge_patch(self, endpoint: str, path: str, body: Dict[str, Any], mount_point: str) -> VaultResponse:
        """Send a real HTTP PATCH (a JSON merge patch, RFC 7396)."""
        return self._adapter.patch(url=self._url(endpoint, mount_point, path), json=body)

    def read_secret_subkeys(
        self,
        path: str,
        version: Optional[int] = None,
        depth: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Read the structure of a secret version: its keys, with every value replaced by null.

        ``GET /v1/{mount_point}/subkeys/{path}``

        :param path: the secret's path below the mount.
        :param version: the version to read; omitted, the latest.
        :param depth: how many levels of nested keys to return (0, OpenBao's default, for all).
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.subkeys`` and ``data.metadata``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        params = utils.remove_nones({"version": version, "depth": depth})
        return self._adapter.get(url=self._url("subkeys", mount_point, path), params=params)

    def list_detailed_metadata(
        self,
        path: str,
        after: Optional[str] = None,
        limit: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        scan: bool = False,
    ) -> VaultResponse:
        """List the keys below ``path`` together with the metadata of each.

        ``LIST /v1/{mount_point}/detailed-metadata/{path}``, or with ``scan``
        ``GET /v1/{mount_point}/detailed-metadata/{path}?scan=true``

        :param path: the folder to list.
        :param after: list only the names sorted after this one (it need not exist).
        :param limit: return at most this many names.
        :param mount_point: where the engine is mounted.
        :param scan: list the whole tree below ``path`` (``a/b`` rather than ``a/``).
        :return: the decoded response (``data.keys`` and ``data.key_info``: name → metadata),
            or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        params = utils.remove_nones({"after": after, "limit": limit})
        api_path = self._url("detailed-metadata", mount_point, path)
        if scan:
            return self._adapter.get(url=api_path, params={"scan": "true", **params})
        return self._adapter.list(url=api_path, params=params)

    def merge_patch_secret(
        self,
        path: str,
        secret: Dict[str, Any],
        cas: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Merge ``secret`` into the latest version on the server side, writing a new version.

        ``PATCH /v1/{mount_point}/data/{path}`` (``application/merge-patch+json``)

        Unlike :meth:`patch`, which reads and writes back, this is one request; as in any JSON
        merge patch, a key set to ``None`` is removed.

        :param path: the secret's path below the mount.
        :param secret: the pairs to add, replace or (with ``None``) remove.
        :param cas: apply only if the current version is this one.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.version`` and the other metadata), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing at that path to patch (404).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body: Dict[str, Any] = {"data": secret}
        if cas is not None:
            body["options"] = {"cas": cas}
        return self._merge_patch("data", path, body, mount_point)

    def merge_patch_metadata(
        self,
        path: str,
        max_versions: Optional[int] = None,
        cas_required: Optional[bool] = None,
        delete_version_after: Optional[str] = None,
        custom_metadata: Optional[Dict[str, Any]] = None,
        metadata_cas: Optional[int] = None,
        metadata_cas_required: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Change only the given per-secret settings, leaving the others as they are.

        ``PATCH /v1/{mount_point}/metadata/{path}`` (``application/merge-patch+json``)

        :param path: the secret's path below the mount.
        :param max_versions: how many versions to keep for this secret.
        :param cas_required: whether writes to this secret must carry ``cas``.
        :param delete_version_after: how long a version lives before being soft-deleted ("0s" = forever).
        :param custom_metadata: pairs merged into the custom metadata (a key set to ``None`` is removed).
        :param metadata_cas: apply only if the current metadata version is this one.
        :param metadata_cas_required: whether metadata updates of this secret must carry ``metadata_cas``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        :raises hvac.exceptions.InvalidPath: when there is nothing at that path to patch (404).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = utils.remove_nones(
            {
                "max_versions": max_versions,
                "cas_required": cas_required,
                "delete_version_after": delete_version_after,
                "custom_metadata": custom_metadata,
                "metadata_cas": metadata_cas,
                "metadata_cas_required": metadata_cas_required,
            }
        )
        return self._merge_patch("metadata", path, body, mount_point)
