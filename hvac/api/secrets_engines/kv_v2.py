"""KV secrets engine, version 2 (versioned secrets)."""
import warnings
from typing import Any, Optional

from hvac import exceptions, utils  # noqa: F401
from hvac.api.vault_api_base import VaultApiBase

DEFAULT_MOUNT_POINT = "secret"


class KvV2(VaultApiBase):
    """KV secrets engine, version 2."""

    def read_secret_version(
        self,
        path: str,
        version: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        raise_on_deleted_version: Optional[bool] = None,
    ) -> Any:
        """Read one version of a secret (the latest when ``version`` is omitted).

        ``GET /v1/{mount_point}/data/{path}?version={version}``

        :param path: the secret's path below the mount.
        :param version: the version to read.
        :param mount_point: where the engine is mounted.
        :param raise_on_deleted_version: with ``False``, a soft-deleted version is returned (its
            404 body) instead of raising :class:`~hvac.exceptions.InvalidPath`. Omitted, it warns and acts as ``True``.
        :return: the decoded response.
        """
        if raise_on_deleted_version is None:
            warnings.warn(
                "The raise_on_deleted_version parameter will change its default value to False in hvac v3.0.0. "
                "The current default of True will preserve previous behavior. To use the old behavior with no "
                "warning, explicitly set this value to True. See https://github.com/hvac/hvac/pull/907",
                DeprecationWarning,
                stacklevel=2,
            )
            raise_on_deleted_version = True
        params = {"version": version} if version is not None else {}
        api_path = utils.format_url("/v1/{mount_point}/data/{path}", mount_point=mount_point, path=path)
        try:
            return self._adapter.get(api_path, params=params)
        except exceptions.InvalidPath as error:
            if not raise_on_deleted_version and _is_deleted_version(error):
                return error.json
            raise


def _is_deleted_version(error: exceptions.InvalidPath) -> bool:
    body = error.json
    if not isinstance(body, dict):
        return False
    metadata = (body.get("data") or {}).get("metadata") or {}
    return bool(metadata.get("deletion_time"))
