"""System backend: the plugin catalog, plugin runtimes and plugin reloads (``/v1/sys/plugins/...``).

Beyond the reference: hvac has no method for these endpoints.

A plugin is registered under a type (``auth``, ``database`` or ``secret``) and a name, and
optionally a version; its executable must sit in the server's ``plugin_directory`` (or, on Vault
1.15+, come from an OCI image run by a registered plugin runtime).
"""
from typing import Any, Dict, List, Optional

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse
from hvac.exceptions import ParamValidationError

PLUGIN_TYPES = ("auth", "database", "secret")


def _checked_type(plugin_type: str) -> str:
    if plugin_type not in PLUGIN_TYPES:
        allowed = ", ".join(f'"{t}"' for t in PLUGIN_TYPES)
        raise ParamValidationError(f'unsupported plugin_type "{plugin_type}"; valid values: {allowed}')
    return plugin_type


def _typed_plugin_url(plugin_type: str, name: str) -> str:
    return utils.format_url("/v1/sys/plugins/catalog/{type}/{name}", type=_checked_type(plugin_type), name=name)


def _named_plugin_url(name: str) -> str:
    return utils.format_url("/v1/sys/plugins/catalog/{name}", name=name)


def _registration_body(
    command: str,
    sha256: Optional[str],
    args: Optional[List[str]],
    env: Optional[List[str]],
    version: Optional[str],
    oci: Optional[bool],
    oci_image: Optional[str],
) -> Dict[str, Any]:
    return utils.remove_nones(
        {
            "command": command,
            "sha256": sha256,
            "args": args,
            "env": env,
            "version": version,
            "oci": oci,
            "oci_image": oci_image,
        }
    )


def _runtime_url(runtime_type: str, name: str) -> str:
    return utils.format_url("/v1/sys/plugins/runtimes/catalog/{type}/{name}", type=runtime_type, name=name)


def _version_query(version: Optional[str]) -> Optional[Dict[str, str]]:
    return {"version": version} if version is not None else None


class Plugins(SystemBackendMixin[VaultResponse]):
    """The plugin catalog and plugin reloads (``/v1/sys/plugins/...``)."""

    def read_plugin_catalog(self) -> VaultResponse:
        """Read the whole plugin catalog.

        ``GET /v1/sys/plugins/catalog``

        :return: the decoded answer (``data.auth``, ``data.database``, ``data.secret`` name lists
            and ``data.detailed`` entries), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/plugins/catalog")

    def list_plugins(self, plugin_type: str) -> VaultResponse:
        """List the names of the plugins of one type (needs sudo).

        ``LIST /v1/sys/plugins/catalog/{type}``

        :param plugin_type: ``auth``, ``database`` or ``secret``.
        :raises hvac.exceptions.ParamValidationError: for another ``plugin_type``.
        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        url = utils.format_url("/v1/sys/plugins/catalog/{type}", type=_checked_type(plugin_type))
        return self._adapter.list(url)

    def register_plugin(
        self,
        plugin_type: str,
        name: str,
        command: str,
        sha256: Optional[str] = None,
        args: Optional[List[str]] = None,
        env: Optional[List[str]] = None,
        version: Optional[str] = None,
        oci: Optional[bool] = None,
        *,
        oci_image: Optional[str] = None,
    ) -> VaultResponse:
        """Register a plugin in the catalog, or replace its registration (needs sudo).

        ``POST /v1/sys/plugins/catalog/{type}/{name}``

        :param plugin_type: ``auth``, ``database`` or ``secret``.
        :param name: the plugin's name in the catalog.
        :param command: the executable, relative to the server's ``plugin_directory``.
        :param sha256: the hex SHA-256 of the executable (checked when the plugin starts).
        :param args: arguments passed to the command.
        :param env: environment entries (``"KEY=value"``) passed to the command.
        :param version: the plugin's semantic version (``"v1.0.0"``).
        :param oci: the plugin comes from an OCI image declared in the server configuration (OpenBao).
        :param oci_image: the OCI image to run the plugin from, in a plugin runtime (Vault 1.15+).
        :raises hvac.exceptions.ParamValidationError: for another ``plugin_type``.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = _registration_body(command, sha256, args, env, version, oci, oci_image)
        return self._adapter.post(_typed_plugin_url(plugin_type, name), json=body)

    def read_plugin(self, plugin_type: str, name: str, version: Optional[str] = None) -> VaultResponse:
        """Read how a plugin is registered (needs sudo).

        ``GET /v1/sys/plugins/catalog/{type}/{name}``

        :param plugin_type: ``auth``, ``database`` or ``secret``.
        :param name: the plugin's name.
        :param version: read this registered version rather than the unversioned entry.
        :raises hvac.exceptions.ParamValidationError: for another ``plugin_type``.
        :return: the decoded answer (``data.command``, ``data.sha256``, ``data.builtin``,
            ``data.version`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_typed_plugin_url(plugin_type, name), params=_version_query(version))

    def deregister_plugin(self, plugin_type: str, name: str, version: Optional[str] = None) -> VaultResponse:
        """Remove a plugin from the catalog (needs sudo); mounts using it stop working.

        ``DELETE /v1/sys/plugins/catalog/{type}/{name}``

        :param plugin_type: ``auth``, ``database`` or ``secret``.
        :param name: the plugin's name.
        :param version: remove only this registered version.
        :raises hvac.exceptions.ParamValidationError: for another ``plugin_type``.
        :return: the requests.Response (OpenBao answers 204, also when nothing was registered).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_typed_plugin_url(plugin_type, name), params=_version_query(version))

    # The catalog paths without a type are deprecated: OpenBao registers through them only by
    # running the executable to find its type, and answers reads and deletes with a warning.

    def register_plugin_by_name(
        self,
        name: str,
        command: str,
        sha256: Optional[str] = None,
        plugin_type: Optional[str] = None,
        args: Optional[List[str]] = None,
        env: Optional[List[str]] = None,
        version: Optional[str] = None,
        oci: Optional[bool] = None,
        *,
        oci_image: Optional[str] = None,
    ) -> VaultResponse:
        """Register a plugin through the deprecated path without a type (prefer :meth:`register_plugin`).

        ``POST /v1/sys/plugins/catalog/{name}``

        :param name: the plugin's name in the catalog.
        :param command: the executable, relative to the server's ``plugin_directory``.
        :param sha256: the hex SHA-256 of the executable.
        :param plugin_type: ``auth``, ``database`` or ``secret`` (sent as ``type``).
        :param args: arguments passed to the command.
        :param env: environment entries (``"KEY=value"``) passed to the command.
        :param version: the plugin's semantic version.
        :param oci: the plugin comes from an OCI image (OpenBao).
        :param oci_image: the OCI image the plugin runs from (Vault 1.15+).
        :raises hvac.exceptions.ParamValidationError: for another ``plugin_type``.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = _registration_body(command, sha256, args, env, version, oci, oci_image)
        if plugin_type is not None:
            body["type"] = _checked_type(plugin_type)
        return self._adapter.post(_named_plugin_url(name), json=body)

    def read_plugin_by_name(self, name: str) -> VaultResponse:
        """Read a plugin through the deprecated path without a type (prefer :meth:`read_plugin`).

        ``GET /v1/sys/plugins/catalog/{name}``

        :param name: the plugin's name.
        :return: the decoded answer; OpenBao 2.7.2 returns no data, only a deprecation warning.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_named_plugin_url(name))

    def deregister_plugin_by_name(self, name: str) -> VaultResponse:
        """Deregister a plugin through the deprecated path without a type (prefer :meth:`deregister_plugin`).

        ``DELETE /v1/sys/plugins/catalog/{name}``

        :param name: the plugin's name.
        :return: the decoded answer; OpenBao 2.7.2 removes nothing and returns a deprecation warning.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_named_plugin_url(name))

    def reload_plugin_backends(
        self, plugin: Optional[str] = None, mounts: Optional[List[str]] = None, scope: Optional[str] = None
    ) -> VaultResponse:
        """Restart the backends of a plugin, e.g. after registering a new executable.

        ``POST /v1/sys/plugins/reload/backend``

        Give ``plugin`` (every mount of it) or ``mounts``, not both; the server checks.

        :param plugin: the plugin's catalog name.
        :param mounts: mount paths to reload.
        :param scope: where to reload (``"global"`` for every node of a cluster, on servers that support it).
        :return: the decoded answer (``data.reload_id``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = utils.remove_nones({"plugin": plugin, "mounts": mounts, "scope": scope})
        return self._adapter.post("/v1/sys/plugins/reload/backend", json=body)

    def read_plugin_reload_status(self, reload_id: str) -> VaultResponse:
        """Read how a cluster-wide reload (``scope="global"``) is going on each node (Vault Enterprise).

        ``GET /v1/sys/plugins/reload/backend/status?reload_id=…``

        No API page documents it; the request and answer are those of Vault's Go client
        (``Sys().ReloadPluginStatus``).

        :param reload_id: the ``data.reload_id`` that :meth:`reload_plugin_backends` returned.
        :return: the decoded answer (``data.reload_id``, and ``data.results``: node ->
            ``timestamp``, ``error``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/plugins/reload/backend/status", params={"reload_id": reload_id})

    # --- plugin runtimes (Vault 1.15+) --------------------------------------------------------

    def list_plugin_runtimes(self) -> VaultResponse:
        """List the plugin runtimes in the catalog (Vault 1.15+).

        ``LIST /v1/sys/plugins/runtimes/catalog``

        :return: the decoded answer (``data.runtimes``: ``name``, ``type``, ``oci_runtime`` …), or
            the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list("/v1/sys/plugins/runtimes/catalog")

    def register_plugin_runtime(
        self, runtime_type: str, name: str, oci_runtime: Optional[str] = None,
        cgroup_parent: Optional[str] = None, cpu_nanos: Optional[int] = None,
        memory_bytes: Optional[int] = None,
    ) -> VaultResponse:
        """Register a runtime that plugins from OCI images run in, or replace it (Vault 1.15+; needs sudo).

        ``POST /v1/sys/plugins/runtimes/catalog/{type}/{name}``

        :param runtime_type: the runtime's type: ``container``.
        :param name: the runtime's name, which plugin registrations refer to.
        :param oci_runtime: the OCI-compatible runtime binary (Vault's default is ``runsc``).
        :param cgroup_parent: the parent cgroup of the plugins' containers.
        :param cpu_nanos: the CPU limit of each plugin, in billionths of a CPU.
        :param memory_bytes: the memory limit of each plugin, in bytes.
        :return: the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body = utils.remove_nones(
            {
                "oci_runtime": oci_runtime,
                "cgroup_parent": cgroup_parent,
                "cpu_nanos": cpu_nanos,
                "memory_bytes": memory_bytes,
            }
        )
        return self._adapter.post(_runtime_url(runtime_type, name), json=body)

    def read_plugin_runtime(self, runtime_type: str, name: str) -> VaultResponse:
        """Read a plugin runtime's settings (Vault 1.15+; needs sudo).

        ``GET /v1/sys/plugins/runtimes/catalog/{type}/{name}``

        :param runtime_type: the runtime's type: ``container``.
        :param name: the runtime's name.
        :return: the decoded answer (``data.oci_runtime``, ``data.cgroup_parent``,
            ``data.cpu_nanos``, ``data.memory_bytes`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_runtime_url(runtime_type, name))

    def deregister_plugin_runtime(self, runtime_type: str, name: str) -> VaultResponse:
        """Remove a plugin runtime from the catalog (Vault 1.15+; needs sudo).

        ``DELETE /v1/sys/plugins/runtimes/catalog/{type}/{name}``

        :param runtime_type: the runtime's type: ``container``.
        :param name: the runtime's name.
        :return: the requests.Response.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_runtime_url(runtime_type, name))
