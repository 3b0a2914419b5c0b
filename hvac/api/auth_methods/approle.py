"""AppRole auth method: machines log in with a role ID and a secret ID."""
import inspect
import json
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union

from hvac import exceptions, utils
from hvac.api.auth_methods._token_fields import shared_field_docs
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.constants.approle import ALLOWED_TOKEN_TYPES, DEFAULT_MOUNT_POINT
from hvac.utils import list_to_comma_delimited, validate_list_of_strings_param

ListOrStr = Optional[Union[List[str], str]]
StrList = Union[List[str], str]
Duration = Union[str, int]
_Class = TypeVar("_Class", bound=type)

#: The role settings OpenBao also serves one at a time, at ``role/{role_name}/<segment>``. Each row
#: gives :class:`AppRole` three methods, ``read_role_<stem>``, ``update_role_<stem>`` and
#: ``delete_role_<stem>`` (the stem is the segment with underscores): one more setting is one more row.
#: Columns: URL segment, the field the update sends, its type, what the setting is.
_ROLE_SETTINGS: Tuple[Tuple[str, str, Any, str], ...] = (
    ("policies", "token_policies", StrList, "the policies of the tokens it issues"),
    ("period", "token_period", Duration, "the renewal period that makes the tokens it issues periodic"),
    ("token-ttl", "token_ttl", Duration, "the initial TTL of the tokens it issues"),
    ("token-max-ttl", "token_max_ttl", Duration, "the maximum lifetime of the tokens it issues"),
    ("token-num-uses", "token_num_uses", int, "how many times each token it issues may be used (0: no limit)"),
    ("token-bound-cidrs", "token_bound_cidrs", StrList, "the CIDR blocks the tokens it issues may be used from"),
    ("bind-secret-id", "bind_secret_id", bool, "whether logging in takes a secret ID"),
    ("secret-id-bound-cidrs", "secret_id_bound_cidrs", StrList, "the CIDR blocks its secret IDs may log in from"),
    ("bound-cidr-list", "bound_cidr_list", StrList, "the deprecated name of ``secret_id_bound_cidrs``"),
    ("secret-id-num-uses", "secret_id_num_uses", int, "how many logins each of its secret IDs allows (0: no limit)"),
    ("secret-id-ttl", "secret_id_ttl", Duration, "the lifetime of its secret IDs"),
)


def _role_url(mount_point: str, role_name: str, suffix: str = "") -> str:
    return utils.format_url("/v1/auth/{mount_point}/role/{role_name}", mount_point=mount_point, role_name=role_name) + suffix


def _validate_lists(**params: Any) -> None:
    for name, value in params.items():
        validate_list_of_strings_param(name, value)


def _comma_delimited_when_given(**params: Any) -> Dict[str, str]:
    """The given (non-None) list parameters, joined with commas as the endpoint expects.

    A string is taken as already comma-delimited (the reference would join its characters).
    """
    return {
        name: value if isinstance(value, str) else list_to_comma_delimited(value)
        for name, value in params.items()
        if value is not None
    }


def _secret_id_params(
    metadata: Optional[Dict[str, Any]], cidr_list: ListOrStr, token_bound_cidrs: ListOrStr,
    num_uses: Optional[int], ttl: Optional[Union[str, int]],
) -> Dict[str, Any]:
    """Validate and encode the options shared by generated and custom secret IDs."""
    if metadata is not None and not isinstance(metadata, dict):
        # The closing quote after "dict" is in the reference's message too.
        raise exceptions.ParamValidationError(
            f'unsupported metadata argument provided "{metadata}" ({type(metadata)}), required type: dict"'
        )
    _validate_lists(cidr_list=cidr_list, token_bound_cidrs=token_bound_cidrs)
    params: Dict[str, Any] = {}
    if metadata is not None:
        params["metadata"] = json.dumps(metadata)
    params.update(_comma_delimited_when_given(cidr_list=cidr_list, token_bound_cidrs=token_bound_cidrs))
    params.update(utils.remove_nones({"num_uses": num_uses, "ttl": ttl}))
    return params


_PARAM = inspect.Parameter.POSITIONAL_OR_KEYWORD
_ROLE_PARAM_DOC = ":param role_name: name of the role.\n"
_MOUNT_PARAM_DOC = ":param mount_point: where the auth method is mounted.\n"
_RESPONSE_DOC = "the response of the request."


def _role_setting_methods(segment: str, field: str, value_type: Any, about: str) -> List[Callable[..., Any]]:
    """The read, update and delete methods of one row of ``_ROLE_SETTINGS``."""
    stem = segment.replace("-", "_")
    endpoint = "/v1/auth/{mount_point}/role/{role_name}/" + segment
    suffix = "/" + segment

    def read(self: "AppRole[VaultResponse]", role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        return self._adapter.get(url=_role_url(mount_point, role_name, suffix))

    def delete(self: "AppRole[VaultResponse]", role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        return self._adapter.delete(url=_role_url(mount_point, role_name, suffix))

    # The value's parameter carries the field's name, so update takes its arguments through a
    # signature built for it: callers (and introspection) see update_role_x(role_name, <field>, mount_point).
    update_signature = inspect.Signature(
        [
            inspect.Parameter("self", _PARAM),
            inspect.Parameter("role_name", _PARAM, annotation=str),
            inspect.Parameter(field, _PARAM, annotation=value_type),
            inspect.Parameter("mount_point", _PARAM, default=DEFAULT_MOUNT_POINT, annotation=str),
        ],
        return_annotation=VaultResponse,
    )

    def update(*args: Any, **kwargs: Any) -> Any:
        bound = update_signature.bind(*args, **kwargs)
        bound.apply_defaults()
        approle: AppRole[Any] = bound.arguments["self"]
        value = bound.arguments[field]
        if value_type == StrList:
            validate_list_of_strings_param(field, value)
        url = _role_url(bound.arguments["mount_point"], bound.arguments["role_name"], suffix)
        return approle._adapter.post(url=url, json={field: value})

    update.__signature__ = update_signature  # type: ignore[attr-defined]
    update.__annotations__ = {"role_name": str, field: value_type, "mount_point": str, "return": VaultResponse}
    read_returns = f"the decoded response (``data.{field}``), or the requests.Response."
    for method, verb, summary, value_doc, returned in (
        (read, "GET", f"Read a role's ``{field}``: {about}.", "", read_returns),
        (update, "POST", f"Set a role's ``{field}``: {about}.", f":param {field}: the new value.\n", _RESPONSE_DOC),
        (delete, "DELETE", f"Reset a role's ``{field}`` to its default: {about}.", "", _RESPONSE_DOC),
    ):
        method.__name__ = f"{method.__name__}_role_{stem}"
        params_doc = f"{_ROLE_PARAM_DOC}{value_doc}{_MOUNT_PARAM_DOC}"
        method.__doc__ = f"{summary}\n\n``{verb} {endpoint}``\n\n{params_doc}:return: {returned}\n"
    return [read, update, delete]


def _with_role_settings(cls: _Class) -> _Class:
    """Add the methods of every row of ``_ROLE_SETTINGS`` to ``cls``."""
    for row in _ROLE_SETTINGS:
        for method in _role_setting_methods(*row):
            method.__module__ = cls.__module__
            method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
            setattr(cls, method.__name__, method)
    return cls


@_with_role_settings
class AppRole(VaultApiBase[VaultResponse]):
    """AppRole auth method (role ID + secret ID logins for machines and services).

    Besides the methods below, each role setting that OpenBao serves on its own has
    ``read_role_<setting>``, ``update_role_<setting>`` and ``delete_role_<setting>`` methods
    (``read_role_token_ttl``, ``update_role_token_ttl``...), made from ``_ROLE_SETTINGS``.

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/approle
    """

    if TYPE_CHECKING:
        # What type checkers see of the methods _with_role_settings adds (a unit test keeps this
        # list and _ROLE_SETTINGS the same).
        def read_role_policies(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def delete_role_policies(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def read_role_period(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def delete_role_period(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def read_role_token_ttl(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def delete_role_token_ttl(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def read_role_token_max_ttl(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def delete_role_token_max_ttl(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def read_role_token_num_uses(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def delete_role_token_num_uses(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def read_role_token_bound_cidrs(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def delete_role_token_bound_cidrs(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def read_role_bind_secret_id(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def delete_role_bind_secret_id(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def read_role_secret_id_bound_cidrs(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def delete_role_secret_id_bound_cidrs(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def read_role_bound_cidr_list(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def delete_role_bound_cidr_list(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def read_role_secret_id_num_uses(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def delete_role_secret_id_num_uses(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def read_role_secret_id_ttl(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def delete_role_secret_id_ttl(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def update_role_policies(self, role_name: str, token_policies: StrList, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def update_role_period(self, role_name: str, token_period: Duration, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def update_role_token_ttl(self, role_name: str, token_ttl: Duration, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def update_role_token_max_ttl(self, role_name: str, token_max_ttl: Duration, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def update_role_token_num_uses(self, role_name: str, token_num_uses: int, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def update_role_token_bound_cidrs(self, role_name: str, token_bound_cidrs: StrList, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def update_role_bind_secret_id(self, role_name: str, bind_secret_id: bool, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def update_role_secret_id_bound_cidrs(self, role_name: str, secret_id_bound_cidrs: StrList, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def update_role_bound_cidr_list(self, role_name: str, bound_cidr_list: StrList, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def update_role_secret_id_num_uses(self, role_name: str, secret_id_num_uses: int, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...
        def update_role_secret_id_ttl(self, role_name: str, secret_id_ttl: Duration, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse: ...

    @shared_field_docs
    def create_or_update_approle(
        self,
        role_name: str,
        bind_secret_id: Optional[bool] = None,
        secret_id_bound_cidrs: ListOrStr = None,
        secret_id_num_uses: Optional[int] = None,
        secret_id_ttl: Optional[Union[str, int]] = None,
        enable_local_secret_ids: Optional[bool] = None,
        token_ttl: Optional[Union[str, int]] = None,
        token_max_ttl: Optional[Union[str, int]] = None,
        token_policies: ListOrStr = None,
        token_bound_cidrs: ListOrStr = None,
        token_explicit_max_ttl: Optional[Union[str, int]] = None,
        token_no_default_policy: Optional[bool] = None,
        token_num_uses: Optional[int] = None,
        token_period: Optional[Union[str, int]] = None,
        token_type: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        local_secret_ids: Optional[bool] = None,
        role_id: Optional[str] = None,
        token_strictly_bind_ip: Optional[bool] = None,
        # deprecated names of token settings and of secret_id_bound_cidrs
        policies: ListOrStr = None, period: Optional[Union[str, int]] = None, bound_cidr_list: ListOrStr = None,
    ) -> VaultResponse:
        """Create a role, or update an existing one.

        ``POST /v1/auth/{mount_point}/role/{role_name}``

        Lists may be given as lists or comma-delimited strings; they are sent comma-delimited.

        :param role_name: name of the role.
        :param bind_secret_id: require a secret ID at login.
        :param secret_id_bound_cidrs: CIDR blocks allowed to log in.
        :param secret_id_num_uses: uses of each secret ID (0 = unlimited).
        :param secret_id_ttl: lifetime of secret IDs.
        :param enable_local_secret_ids: sent as ``enable_local_secret_ids``, as hvac does; the servers
            do not read that field: give ``local_secret_ids`` instead.
        :param token_type: one of ``ALLOWED_TOKEN_TYPES``.
        :param mount_point: where the auth method is mounted.
        :param local_secret_ids: make the role's secret IDs local to the cluster (only when the role is created).
        :param role_id: the role ID of a new role (the server generates one when left out).
        :param bound_cidr_list: deprecated name of ``secret_id_bound_cidrs``.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: for a bad list or ``token_type``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        lists = {
            "secret_id_bound_cidrs": secret_id_bound_cidrs,
            "token_policies": token_policies,
            "token_bound_cidrs": token_bound_cidrs,
            "policies": policies,
            "bound_cidr_list": bound_cidr_list,
        }
        _validate_lists(**lists)
        if token_type is not None and token_type not in ALLOWED_TOKEN_TYPES:
            raise exceptions.ParamValidationError(
                f'unsupported token_type argument provided "{token_type}", '
                f'supported types: "{",".join(ALLOWED_TOKEN_TYPES)}"'
            )
        params = utils.remove_nones(
            {
                "bind_secret_id": bind_secret_id,
                "secret_id_num_uses": secret_id_num_uses,
                "secret_id_ttl": secret_id_ttl,
                "enable_local_secret_ids": enable_local_secret_ids,
                "token_ttl": token_ttl,
                "token_max_ttl": token_max_ttl,
                "token_explicit_max_ttl": token_explicit_max_ttl,
                "token_no_default_policy": token_no_default_policy,
                "token_num_uses": token_num_uses,
                "token_period": token_period,
                "token_type": token_type,
                "local_secret_ids": local_secret_ids,
                "role_id": role_id,
                "token_strictly_bind_ip": token_strictly_bind_ip,
                "period": period,
            }
        )
        params.update(_comma_delimited_when_given(**lists))
        return self._adapter.post(url=_role_url(mount_point, role_name), json=params)

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the roles of the mount.

        ``LIST /v1/auth/{mount_point}/role``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(url=utils.format_url("/v1/auth/{mount_point}/role", mount_point=mount_point))

    def read_role(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role's settings.

        ``GET /v1/auth/{mount_point}/role/{role_name}``

        :param role_name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=_role_url(mount_point, role_name))

    def delete_role(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/auth/{mount_point}/role/{role_name}``

        :param role_name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=_role_url(mount_point, role_name))

    def read_role_id(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the role ID of a role.

        ``GET /v1/auth/{mount_point}/role/{role_name}/role-id``

        :param role_name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.role_id``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=_role_url(mount_point, role_name, "/role-id"))

    def update_role_id(self, role_name: str, role_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Set the role ID of a role to a value of your choice.

        ``POST /v1/auth/{mount_point}/role/{role_name}/role-id``

        :param role_name: name of the role.
        :param role_id: the new role ID.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=_role_url(mount_point, role_name, "/role-id"), json={"role_id": role_id})

    def generate_secret_id(
        self,
        role_name: str,
        metadata: Optional[Dict[str, Any]] = None,
        cidr_list: ListOrStr = None,
        token_bound_cidrs: ListOrStr = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        wrap_ttl: Optional[Union[str, int]] = None,
        *,
        num_uses: Optional[int] = None,
        ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Have Vault generate a new secret ID for a role.

        ``POST /v1/auth/{mount_point}/role/{role_name}/secret-id``

        :param role_name: name of the role.
        :param metadata: key/value metadata attached to the secret ID (sent JSON-encoded).
        :param cidr_list: CIDR blocks the secret ID may be used from.
        :param token_bound_cidrs: CIDR blocks the tokens issued with it may be used from.
        :param mount_point: where the auth method is mounted.
        :param wrap_ttl: response-wrap the answer for this long (``X-Vault-Wrap-TTL``).
        :param num_uses: logins the secret ID allows (0: no limit), instead of the role's ``secret_id_num_uses``.
        :param ttl: lifetime of the secret ID, instead of the role's ``secret_id_ttl``.
        :return: the decoded response (``data.secret_id`` or ``wrap_info``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: when ``metadata`` is not a dict or a list is malformed.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = _secret_id_params(metadata, cidr_list, token_bound_cidrs, num_uses, ttl)
        return self._adapter.post(url=_role_url(mount_point, role_name, "/secret-id"), json=params, wrap_ttl=wrap_ttl)

    def create_custom_secret_id(
        self,
        role_name: str,
        secret_id: str,
        metadata: Optional[Dict[str, Any]] = None,
        cidr_list: ListOrStr = None,
        token_bound_cidrs: ListOrStr = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        wrap_ttl: Optional[Union[str, int]] = None,
        *,
        num_uses: Optional[int] = None,
        ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Register a secret ID of your choice for a role.

        ``POST /v1/auth/{mount_point}/role/{role_name}/custom-secret-id``

        :param role_name: name of the role.
        :param secret_id: the secret ID to register.
        :param metadata: key/value metadata attached to the secret ID (sent JSON-encoded).
        :param cidr_list: CIDR blocks the secret ID may be used from.
        :param token_bound_cidrs: CIDR blocks the tokens issued with it may be used from.
        :param mount_point: where the auth method is mounted.
        :param wrap_ttl: response-wrap the answer for this long (``X-Vault-Wrap-TTL``).
        :param num_uses: as in :meth:`generate_secret_id`.
        :param ttl: as in :meth:`generate_secret_id`.
        :return: the decoded response (``data.secret_id_accessor``...), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: when ``metadata`` is not a dict or a list is malformed.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = {"secret_id": secret_id}
        params.update(_secret_id_params(metadata, cidr_list, token_bound_cidrs, num_uses, ttl))
        return self._adapter.post(
            url=_role_url(mount_point, role_name, "/custom-secret-id"), json=params, wrap_ttl=wrap_ttl
        )

    def read_secret_id(self, role_name: str, secret_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Look up the properties of a secret ID.

        ``POST /v1/auth/{mount_point}/role/{role_name}/secret-id/lookup``

        :param role_name: name of the role.
        :param secret_id: the secret ID to look up.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response (204 for an unknown secret ID).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(
            url=_role_url(mount_point, role_name, "/secret-id/lookup"), json={"secret_id": secret_id}
        )

    def destroy_secret_id(self, role_name: str, secret_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Destroy a secret ID.

        ``POST /v1/auth/{mount_point}/role/{role_name}/secret-id/destroy``

        :param role_name: name of the role.
        :param secret_id: the secret ID to destroy.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(
            url=_role_url(mount_point, role_name, "/secret-id/destroy"), json={"secret_id": secret_id}
        )

    def list_secret_id_accessors(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the accessors of a role's secret IDs.

        ``LIST /v1/auth/{mount_point}/role/{role_name}/secret-id``

        :param role_name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(url=_role_url(mount_point, role_name, "/secret-id"))

    def read_secret_id_accessor(
        self, role_name: str, secret_id_accessor: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Look up the properties of a secret ID through its accessor.

        ``POST /v1/auth/{mount_point}/role/{role_name}/secret-id-accessor/lookup``

        :param role_name: name of the role.
        :param secret_id_accessor: accessor of the secret ID.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(
            url=_role_url(mount_point, role_name, "/secret-id-accessor/lookup"),
            json={"secret_id_accessor": secret_id_accessor},
        )

    def destroy_secret_id_accessor(
        self, role_name: str, secret_id_accessor: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Destroy a secret ID through its accessor.

        ``POST /v1/auth/{mount_point}/role/{role_name}/secret-id-accessor/destroy``

        :param role_name: name of the role.
        :param secret_id_accessor: accessor of the secret ID.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(
            url=_role_url(mount_point, role_name, "/secret-id-accessor/destroy"),
            json={"secret_id_accessor": secret_id_accessor},
        )

    def delete_secret_id(self, role_name: str, secret_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Destroy a secret ID, with the DELETE form of :meth:`destroy_secret_id`.

        ``DELETE /v1/auth/{mount_point}/role/{role_name}/secret-id/destroy?secret_id=...``

        OpenBao reads a DELETE's fields from the query string only, so the secret ID travels in the
        URL, where proxies and access logs may record it: prefer :meth:`destroy_secret_id`.

        :param role_name: name of the role.
        :param secret_id: the secret ID to destroy.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        url = _role_url(mount_point, role_name, "/secret-id/destroy")
        return self._adapter.delete(url=url, params={"secret_id": secret_id})

    def delete_secret_id_accessor(
        self, role_name: str, secret_id_accessor: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Destroy a secret ID through its accessor, with the DELETE form of :meth:`destroy_secret_id_accessor`.

        ``DELETE /v1/auth/{mount_point}/role/{role_name}/secret-id-accessor/destroy?secret_id_accessor=...``

        :param role_name: name of the role.
        :param secret_id_accessor: accessor of the secret ID (sent in the query string).
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        url = _role_url(mount_point, role_name, "/secret-id-accessor/destroy")
        return self._adapter.delete(url=url, params={"secret_id_accessor": secret_id_accessor})

    def read_role_local_secret_ids(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Tell whether a role's secret IDs are local to the cluster (fixed when the role is created).

        ``GET /v1/auth/{mount_point}/role/{role_name}/local-secret-ids``

        :param role_name: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.local_secret_ids``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=_role_url(mount_point, role_name, "/local-secret-ids"))

    def tidy_secret_ids(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Start removing expired secret IDs and their accessors, in the background.

        ``POST /v1/auth/{mount_point}/tidy/secret-id``

        :param mount_point: where the auth method is mounted.
        :return: the requests.Response (202; its JSON ``warnings`` say the tidy started).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        url = utils.format_url("/v1/auth/{mount_point}/tidy/secret-id", mount_point=mount_point)
        return self._adapter.post(url=url)

    def login(
        self,
        role_id: str,
        secret_id: Optional[str] = None,
        use_token: bool = True,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Log in with a role ID and (when the role binds one) a secret ID.

        ``POST /v1/auth/{mount_point}/login``

        :param role_id: the role ID.
        :param secret_id: the secret ID; sent as ``null`` when omitted.
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when the credentials are refused (400).
        :raises hvac.exceptions.Forbidden: when the role or method refuses the login (403).
        """
        api_path = utils.format_url("/v1/auth/{mount_point}/login", mount_point=mount_point)
        return self._adapter.login(url=api_path, use_token=use_token, json={"role_id": role_id, "secret_id": secret_id})
