"""Roles (the rules certificates are issued under) and CEL roles (programs that decide)."""
from typing import Any, Dict, Optional

from hvac.api.secrets_engines.pki._base import DEFAULT_MOUNT_POINT, PkiBase, _merged
from hvac.api.secrets_engines.pki._params import FieldsOrAnyDict, PkiRoleParams
from hvac.api.vault_api_base import VaultResponse


class PkiRoles(PkiBase[VaultResponse]):
    """The role part of :class:`~hvac.api.secrets_engines.pki.Pki`."""

    def create_or_update_role(
        self,
        name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiRoleParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or replace a role (the rules certificates are issued under).

        ``POST /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param extra_params: the role's fields (:class:`PkiRoleParams`: ``allowed_domains``, ``allow_subdomains``,
            ``max_ttl`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.post(
            url=self._url("roles/{name}", mount_point, name=name), json=_merged(extra_params, name=name)
        )

    def patch_role(
        self,
        name: str,
        extra_params: Optional[FieldsOrAnyDict[PkiRoleParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Change only the given fields of a role (a JSON merge patch).

        ``PATCH /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param extra_params: the fields to change (:class:`PkiRoleParams`: ``allowed_domains``, ``max_ttl`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the whole role after the change), or the requests.Response.
        """
        return self._patch(self._url("roles/{name}", mount_point, name=name), extra_params)

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role.

        ``GET /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url("roles/{name}", mount_point, name=name))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the roles.

        ``LIST /v1/{mount_point}/roles``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("roles", mount_point))

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role (certificates already issued stay valid).

        ``DELETE /v1/{mount_point}/roles/{name}``

        :param name: the role.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.delete(url=self._url("roles/{name}", mount_point, name=name))

    def create_or_update_cel_role(
        self, name: str, cel_program: Dict[str, Any], mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Create or replace a CEL role: a program that turns a request into a certificate template.

        ``POST /v1/{mount_point}/cel/roles/{name}``

        :param name: the role.
        :param cel_program: ``{"variables": [{"name", "expression"}, ...], "expression": ...}``; the
            expression yields a ``ValidationOutput`` or an error string.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the role), or the requests.Response.
        """
        url = self._url("cel/roles/{name}", mount_point, name=name)
        return self._adapter.post(url=url, json={"cel_program": cel_program})

    def patch_cel_role(
        self, name: str, cel_program: Dict[str, Any], mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Change a CEL role's program (a JSON merge patch).

        ``PATCH /v1/{mount_point}/cel/roles/{name}``

        :param name: the role.
        :param cel_program: the parts of the program to change.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the role), or the requests.Response.
        """
        return self._patch(self._url("cel/roles/{name}", mount_point, name=name), {"cel_program": cel_program})

    def read_cel_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a CEL role.

        ``GET /v1/{mount_point}/cel/roles/{name}``

        :param name: the role.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.cel_program``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("cel/roles/{name}", mount_point, name=name))

    def list_cel_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the CEL roles.

        ``LIST /v1/{mount_point}/cel/roles``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("cel/roles", mount_point))

    def delete_cel_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a CEL role.

        ``DELETE /v1/{mount_point}/cel/roles/{name}``

        :param name: the role.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("cel/roles/{name}", mount_point, name=name))
