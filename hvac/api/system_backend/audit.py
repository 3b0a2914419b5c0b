"""System backend: audit devices (``/v1/sys/audit`` and ``/v1/sys/audit-hash``)."""
from typing import Any, Dict, Optional

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


class Audit(SystemBackendMixin[VaultResponse]):
    """Enable, list and disable audit devices, and hash values the way a device would."""

    def list_enabled_audit_devices(self) -> VaultResponse:
        """List the audit devices that are enabled.

        ``GET /v1/sys/audit``

        :return: the decoded response (one entry per device path), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url="/v1/sys/audit")

    def enable_audit_device(
        self,
        device_type: str,
        description: Optional[str] = None,
        options: Optional[Dict[str, Any]] = None,
        path: Optional[str] = None,
        local: Optional[bool] = None,
    ) -> VaultResponse:
        """Enable an audit device.

        ``POST /v1/sys/audit/{path}``

        :param device_type: the device type, e.g. ``file``, ``syslog`` or ``socket``.
        :param description: a human-friendly description.
        :param options: device-specific settings (e.g. ``{"file_path": "/var/log/audit.log"}``).
        :param path: where to enable it; defaults to ``device_type``.
        :param local: only for replicated setups: keep the device local to this cluster.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        if path is None:
            path = device_type
        params: Dict[str, Any] = {"type": device_type}
        params.update(utils.remove_nones({"description": description, "options": options, "local": local}))
        api_path = utils.format_url("/v1/sys/audit/{path}", path=path)
        return self._adapter.post(url=api_path, json=params)

    def disable_audit_device(self, path: str) -> VaultResponse:
        """Disable the audit device mounted at ``path``.

        ``DELETE /v1/sys/audit/{path}``

        :param path: the device's path.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        api_path = utils.format_url("/v1/sys/audit/{path}", path=path)
        return self._adapter.delete(url=api_path)

    def calculate_hash(self, path: str, input_to_hash: str) -> VaultResponse:
        """Hash ``input_to_hash`` with the salt of the audit device at ``path``.

        ``POST /v1/sys/audit-hash/{path}``

        :param path: the audit device's path.
        :param input_to_hash: the value to hash.
        :return: the decoded response (``hash``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        api_path = utils.format_url("/v1/sys/audit-hash/{path}", path=path)
        return self._adapter.post(url=api_path, json={"input": input_to_hash})
