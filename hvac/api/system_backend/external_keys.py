"""System backend: external (KMS) key configurations, keys and grants (``/v1/sys/external-keys/...``).

A *config* tells OpenBao how to reach a key management service through one of its KMS plugins
(``transit`` talks to the Transit engine of an OpenBao or Vault server, ``pkcs11`` … where built
in); the *keys* of a config name keys held by that service; a *grant* lets one mount use a key.
The plugin's own settings (``address``, ``token``, ``mount_path`` … for ``transit``) are sent as
keyword arguments, as they are.

Beyond the reference: hvac has no method for these endpoints.
"""
from typing import Any, Dict, Optional

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse



def _external_keys_url(
    config: Optional[str] = None, key: Optional[str] = None, grants: bool = False, mount: Optional[str] = None
) -> str:
    url = "/v1/sys/external-keys/configs"
    if config is not None:
        url += utils.format_url("/{config}", config=config)
    if key is not None:
        url += utils.format_url("/keys/{key}", key=key)
    if grants:
        url += "/grants"
    if mount is not None:
        url += utils.format_url("/{mount}", mount=mount)
    return url


class ExternalKeys(SystemBackendMixin[VaultResponse]):
    """External (KMS) key configurations, keys and grants (``/v1/sys/external-keys/...``)."""

    def _write_external_keys(self, method: str, url: str, fields: Dict[str, Any]) -> VaultResponse:
        body = utils.remove_nones(fields)
        if method == "patch":
            return self._adapter.patch(url=url, json=body)
        return self._adapter.post(url=url, json=body)

    # --- configs ------------------------------------------------------------------------------

    def list_external_key_configs(self) -> VaultResponse:
        """List the external key configurations.

        ``LIST /v1/sys/external-keys/configs``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(url=_external_keys_url())

    def read_external_key_config(self, config: str) -> VaultResponse:
        """Read an external key configuration (secrets such as tokens come back redacted).

        ``GET /v1/sys/external-keys/configs/{config}``

        :param config: the configuration name.
        :return: the decoded answer (``data.plugin`` and the plugin's settings), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=_external_keys_url(config))

    def create_or_update_external_key_config(
        self, config: str, plugin: str, verify: Optional[bool] = None, **kwargs: Any
    ) -> VaultResponse:
        """Create an external key configuration or replace it.

        ``POST /v1/sys/external-keys/configs/{config}``

        :param config: the configuration name.
        :param plugin: the KMS plugin to use, e.g. ``transit``.
        :param verify: check the settings against the KMS before saving (the server's default is true).
        :param kwargs: the plugin's own settings (``address``, ``token``, ``mount_path`` … for
            ``transit``), sent as they are.
        :return: the requests.Response (OpenBao answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields = {"plugin": plugin, "verify": verify, **kwargs}
        return self._write_external_keys("post", _external_keys_url(config), fields)

    def patch_external_key_config(
        self, config: str, plugin: Optional[str] = None, verify: Optional[bool] = None, **kwargs: Any
    ) -> VaultResponse:
        """Change some settings of an external key configuration, keeping the others.

        ``PATCH /v1/sys/external-keys/configs/{config}`` (a JSON merge patch)

        :param config: the configuration name.
        :param plugin: a new KMS plugin name.
        :param verify: check the resulting settings against the KMS (the server's default is true).
        :param kwargs: plugin settings to change, sent as they are (``None`` values are left out).
        :return: the requests.Response (OpenBao answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidPath: when there is nothing at that path to patch (404).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields = {"plugin": plugin, "verify": verify, **kwargs}
        return self._write_external_keys("patch", _external_keys_url(config), fields)

    def delete_external_key_config(self, config: str) -> VaultResponse:
        """Delete an external key configuration.

        ``DELETE /v1/sys/external-keys/configs/{config}``

        :param config: the configuration name.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=_external_keys_url(config))

    # --- keys ---------------------------------------------------------------------------------

    def list_external_keys(self, config: str) -> VaultResponse:
        """List the keys of an external key configuration.

        ``LIST /v1/sys/external-keys/configs/{config}/keys``

        :param config: the configuration name.
        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(url=_external_keys_url(config) + "/keys")

    def read_external_key(self, config: str, key: str) -> VaultResponse:
        """Read an external key: which key of the KMS it names.

        ``GET /v1/sys/external-keys/configs/{config}/keys/{key}``

        :param config: the configuration name.
        :param key: the key name.
        :return: the decoded answer (the plugin's key settings), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=_external_keys_url(config, key))

    def create_or_update_external_key(
        self, config: str, key: str, verify: Optional[bool] = None, **kwargs: Any
    ) -> VaultResponse:
        """Create an external key or replace it.

        ``POST /v1/sys/external-keys/configs/{config}/keys/{key}``

        :param config: the configuration name.
        :param key: the key name.
        :param verify: have the server check the key settings against the KMS (the server's default is true).
        :param kwargs: the plugin's key settings (``name`` and ``version`` of the Transit key for
            ``transit``), sent as they are.
        :return: the requests.Response (OpenBao answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._write_external_keys("post", _external_keys_url(config, key), {"verify": verify, **kwargs})

    def patch_external_key(self, config: str, key: str, verify: Optional[bool] = None, **kwargs: Any) -> VaultResponse:
        """Change some settings of an external key, keeping the others.

        ``PATCH /v1/sys/external-keys/configs/{config}/keys/{key}`` (a JSON merge patch)

        :param config: the configuration name.
        :param key: the key name.
        :param verify: check the resulting key against the KMS (the server's default is true).
        :param kwargs: key settings to change, sent as they are (``None`` values are left out).
        :return: the requests.Response (OpenBao answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidPath: when there is nothing at that path to patch (404).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._write_external_keys("patch", _external_keys_url(config, key), {"verify": verify, **kwargs})

    def delete_external_key(self, config: str, key: str) -> VaultResponse:
        """Delete an external key (the key itself stays in the KMS).

        ``DELETE /v1/sys/external-keys/configs/{config}/keys/{key}``

        :param config: the configuration name.
        :param key: the key name.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=_external_keys_url(config, key))

    # --- grants -------------------------------------------------------------------------------

    def list_external_key_grants(self, config: str, key: str) -> VaultResponse:
        """List the mounts allowed to use an external key.

        ``LIST /v1/sys/external-keys/configs/{config}/keys/{key}/grants``

        :param config: the configuration name.
        :param key: the key name.
        :return: the decoded answer (``data.keys``: mount paths with a trailing ``/``), or the
            requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(url=_external_keys_url(config, key, grants=True))

    def create_external_key_grant(self, config: str, key: str, mount: str) -> VaultResponse:
        """Allow a mount to use an external key.

        ``POST /v1/sys/external-keys/configs/{config}/keys/{key}/grants/{mount}``

        :param config: the configuration name.
        :param key: the key name.
        :param mount: the mount path, e.g. ``transit``.
        :return: the requests.Response (OpenBao answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=_external_keys_url(config, key, grants=True, mount=mount))

    def delete_external_key_grant(self, config: str, key: str, mount: str) -> VaultResponse:
        """Stop a mount from using an external key.

        ``DELETE /v1/sys/external-keys/configs/{config}/keys/{key}/grants/{mount}``

        :param config: the configuration name.
        :param key: the key name.
        :param mount: the mount path.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=_external_keys_url(config, key, grants=True, mount=mount))
