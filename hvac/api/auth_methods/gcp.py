"""GCP auth method: Google Cloud service accounts (iam) and Compute Engine instances (gce) log in with signed JWTs."""
import logging
from typing import Any, Dict, List, Optional, TypedDict, Union

from hvac import exceptions, utils
from hvac.api.auth_methods._token_fields import TokenFields, shared_field_docs, with_token_fields
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.constants.gcp import ALLOWED_ROLE_TYPES, DEFAULT_MOUNT_POINT, GCP_CERTS_ENDPOINT
from hvac.utils import list_to_comma_delimited, validate_list_of_strings_param

logger = logging.getLogger(__name__)

StrList = Optional[Union[str, List[str]]]

# Role parameters that only one role type uses: given for the other type, they are ignored (with a log warning).
_TYPE_SPECIFIC_PARAMS = {
    "iam": ("max_jwt_exp", "allow_gce_inference"),
    "gce": ("bound_zones", "bound_regions", "bound_instance_groups", "bound_labels", "bound_zone", "bound_region",
            "bound_instance_group"),
}


class GcpCustomEndpoint(TypedDict, total=False):
    """Google API endpoints Vault calls instead of the public ones (the ``custom_endpoint`` of :meth:`Gcp.configure`).

    - ``api``: the Google APIs endpoint (``www.googleapis.com``).
    - ``iam``: the IAM endpoint.
    - ``crm``: the Cloud Resource Manager endpoint.
    - ``compute``: the Compute Engine endpoint.
    """

    api: str
    iam: str
    crm: str
    compute: str


def _url(template: str, mount_point: str, **kwargs: Any) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + template, mount_point=mount_point, **kwargs)


def _comma_delimited(value: StrList) -> str:
    """A list joined with commas; a string is taken as already comma-delimited (the reference would
    join its characters); ``None`` gives ``""``."""
    return value if isinstance(value, str) else list_to_comma_delimited(value)


def _data(response: VaultResponse) -> Any:
    """The ``data`` of a decoded answer (the reference returns only that for reads and lists)."""
    return response.get("data") if isinstance(response, dict) else response


class Gcp(VaultApiBase[VaultResponse]):
    """GCP auth method.

    Reads and lists of this class return the ``data`` part of the answer only (as the reference does).

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/gcp
    """

    @shared_field_docs
    def configure(
        self,
        credentials: Optional[str] = None,
        google_certs_endpoint: str = GCP_CERTS_ENDPOINT,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        iam_alias: Optional[str] = None, iam_metadata: StrList = None,
        gce_alias: Optional[str] = None, gce_metadata: StrList = None,
        custom_endpoint: Optional[GcpCustomEndpoint] = None,
    ) -> VaultResponse:
        """Configure the credentials Vault uses to call Google Cloud, and what logins put into entity aliases.

        ``POST /v1/auth/{mount_point}/config``

        :param credentials: JSON key of a service account (Vault falls back to application default credentials).
        :param google_certs_endpoint: where Google's public certificates are fetched from (Vault
            deprecated it: it no longer reads it).
        :param mount_point: where the auth method is mounted.
        :param iam_alias: what names the entity alias of an IAM login: ``role_id`` or ``unique_id``.
        :param gce_alias: what names the entity alias of a GCE login: ``role_id`` or ``instance_id``.
        :param custom_endpoint: Google API endpoints to call instead of the public ones, a
            :class:`GcpCustomEndpoint` dict (``{"iam": "https://iam.example.internal"}``).
        :return: the response of the request.
        """
        params = utils.remove_nones(
            {
                "credentials": credentials,
                "google_certs_endpoint": google_certs_endpoint,
                "iam_alias": iam_alias,
                "iam_metadata": iam_metadata,
                "gce_alias": gce_alias,
                "gce_metadata": gce_metadata,
                "custom_endpoint": custom_endpoint,
            }
        )
        return self._adapter.post(url=_url("config", mount_point), json=params)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> Any:
        """Read the configuration (the credentials are not returned).

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_url("config", mount_point)))

    def delete_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete the configuration.

        ``DELETE /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("config", mount_point))

    @shared_field_docs
    def create_role(
        self,
        name: str,
        role_type: str,
        project_id: str,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        period: Optional[Union[str, int]] = None,
        policies: StrList = None,
        bound_service_accounts: StrList = None,
        max_jwt_exp: Optional[Union[str, int]] = None,
        allow_gce_inference: Optional[bool] = None,
        bound_zones: StrList = None,
        bound_regions: StrList = None,
        bound_instance_groups: StrList = None,
        bound_labels: StrList = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        bound_projects: Optional[List[str]] = None,
        add_group_aliases: Optional[bool] = None,
        token_fields: Optional[TokenFields] = None,
        # deprecated forms of bound_service_accounts, bound_zones, bound_regions, bound_instance_groups
        service_accounts: Optional[List[str]] = None,
        bound_zone: Optional[str] = None, bound_region: Optional[str] = None, bound_instance_group: Optional[str] = None,
    ) -> VaultResponse:
        """Create a role, or update an existing one.

        ``POST /v1/auth/{mount_point}/role/{name}``

        Lists are sent comma-delimited. Parameters of the other role type are not sent; each one
        given is reported with a warning on this module's logger. ``ttl``, ``max_ttl``, ``period``
        and ``policies`` are the names Vault deprecated for the ``token_*`` settings of ``token_fields``;
        Vault reads the ``token_*`` one first.

        :param name: name of the role.
        :param role_type: ``iam`` or ``gce``.
        :param project_id: the GCP project allowed to log in.
        :param ttl: TTL of the issued tokens.
        :param max_ttl: maximum TTL of the issued tokens.
        :param period: make the tokens periodic with this period.
        :param policies: policies of the issued tokens.
        :param bound_service_accounts: service account emails or IDs allowed to log in.
        :param max_jwt_exp: (iam) maximum lifetime of the login JWT.
        :param allow_gce_inference: (iam) let GCE instances log in to iam roles.
        :param bound_zones: (gce) zones allowed to log in.
        :param bound_regions: (gce) regions allowed to log in.
        :param bound_instance_groups: (gce) instance groups allowed to log in.
        :param bound_labels: (gce) ``key:value`` labels instances must carry.
        :param mount_point: where the auth method is mounted.
        :param bound_projects: GCP projects allowed to log in (the current name of ``project_id``, which
            is sent too, as hvac does).
        :param add_group_aliases: give the tokens group aliases for the project and its ancestors (folders, organization).
        :param service_accounts: deprecated name of ``bound_service_accounts``.
        :param bound_zone: (gce) deprecated single-zone form of ``bound_zones``.
        :param bound_region: (gce) deprecated single-region form of ``bound_regions``.
        :param bound_instance_group: (gce) deprecated single-group form of ``bound_instance_groups``.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: for a malformed list, an unknown ``role_type``, or a
            key of ``token_fields`` that is not a token setting.
        """
        list_params = {
            "policies": policies,
            "bound_service_accounts": bound_service_accounts,
            "bound_zones": bound_zones,
            "bound_regions": bound_regions,
            "bound_instance_groups": bound_instance_groups,
            "bound_labels": bound_labels,
        }
        for param_name, value in list_params.items():
            validate_list_of_strings_param(param_name, value)
        if role_type not in ALLOWED_ROLE_TYPES:
            # The reference formats the builtin ``type`` into this message, not the value given.
            raise exceptions.ParamValidationError(
                f'unsupported role_type argument provided "{type}", supported types: "{",".join(ALLOWED_ROLE_TYPES)}"'
            )

        params: Dict[str, Any] = {
            "type": role_type,
            "project_id": project_id,
            "policies": _comma_delimited(policies),
        }
        params.update(utils.remove_nones({"ttl": ttl, "max_ttl": max_ttl, "period": period}))
        if bound_service_accounts is not None:
            params["bound_service_accounts"] = _comma_delimited(bound_service_accounts)
        params.update(
            utils.remove_nones(
                {"bound_projects": bound_projects, "add_group_aliases": add_group_aliases, "service_accounts": service_accounts}
            )
        )

        type_specific: Dict[str, Any] = {
            "max_jwt_exp": max_jwt_exp,
            "allow_gce_inference": allow_gce_inference,
            "bound_zones": bound_zones,
            "bound_regions": bound_regions,
            "bound_instance_groups": bound_instance_groups,
            "bound_labels": bound_labels,
            "bound_zone": bound_zone,
            "bound_region": bound_region,
            "bound_instance_group": bound_instance_group,
        }
        for param_name, given in type_specific.items():
            if given is None:
                continue
            if param_name not in _TYPE_SPECIFIC_PARAMS[role_type]:
                logger.warning('Argument for parameter "%s" ignored for role type %s', param_name, role_type)
            elif param_name in list_params:
                params[param_name] = _comma_delimited(given)
            else:
                params[param_name] = given
        return self._adapter.post(url=_url("role/{name}", mount_point, name=name), json=with_token_fields(params, token_fields))

    def edit_service_accounts_on_iam_role(
        self, name: str, add: Optional[List[str]] = None, remove: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Add or remove service accounts of an iam role.

        ``POST /v1/auth/{mount_point}/role/{name}/service-accounts``

        :param name: name of the role.
        :param add: service accounts to add.
        :param remove: service accounts to remove.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._edit_role_list(name, "service-accounts", add, remove, mount_point)

    def edit_labels_on_gce_role(
        self, name: str, add: Optional[List[str]] = None, remove: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Add or remove bound labels of a gce role.

        ``POST /v1/auth/{mount_point}/role/{name}/labels``

        :param name: name of the role.
        :param add: ``key:value`` labels to add.
        :param remove: label keys to remove.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._edit_role_list(name, "labels", add, remove, mount_point)

    def _edit_role_list(
        self, name: str, which: str, add: Optional[List[str]], remove: Optional[List[str]], mount_point: str
    ) -> VaultResponse:
        params = utils.remove_nones({"add": add, "remove": remove})
        return self._adapter.post(url=_url("role/{name}/" + which, mount_point, name=name), json=params)

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> Any:
        """Read a role.

        ``GET /v1/auth/{mount_point}/role/{name}`` (the name is also sent as a JSON body, as the reference does)

        :param name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_url("role/{name}", mount_point, name=name), json={"name": name}))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT, *, role_path: bool = False) -> Any:
        """List the roles.

        ``LIST /v1/auth/{mount_point}/roles``, or ``LIST /v1/auth/{mount_point}/role`` with ``role_path``

        :param mount_point: where the auth method is mounted.
        :param role_path: list at ``role/`` rather than ``roles/`` (Vault serves the same list at both):
            the path that ACL policies written for ``role/*`` let through.
        :return: the ``data`` of the answer (``keys``).
        """
        return _data(self._adapter.list(url=_url("role" if role_path else "roles", mount_point)))

    def delete_role(self, role: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/auth/{mount_point}/role/{role}`` (the name is also sent as a JSON body, as the reference does)

        :param role: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("role/{role}", mount_point, role=role), json={"role": role})

    def login(self, role: str, jwt: str, use_token: bool = True, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Log in with a JWT signed by Google (service account or instance identity token).

        ``POST /v1/auth/{mount_point}/login``

        :param role: name of the role.
        :param jwt: the signed JWT.
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        return self._adapter.login(url=_url("login", mount_point), use_token=use_token, json={"role": role, "jwt": jwt})
