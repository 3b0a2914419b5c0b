"""The :class:`Client`: entry point of the library."""
from __future__ import annotations

import functools
import importlib.util
import os
from typing import TYPE_CHECKING, Any, Callable, ContextManager, Dict, Optional, Sequence, Tuple, Type, Union
import warnings

import requests

from hvac import _typing, adapters, api, exceptions, utils  # noqa: F401
from hvac._typing import Generic, VaultResponse
from hvac.constants.client import (  # noqa: F401  (re-exported names, as in the reference)
    DEFAULT_URL,
    DEPRECATED_PROPERTIES,
    VAULT_CACERT,
    VAULT_CAPATH,
    VAULT_CLIENT_CERT,
    VAULT_CLIENT_KEY,
)

_WRITE_DOCS_URL = "https://github.com/hvac/hvac/issues/1034"
_DEFAULT_TIMEOUT = 30


def __getattr__(name: str) -> Any:
    # Probing for pyhcl costs an import; do it only when somebody asks.
    if name == "has_hcl_parser":
        return importlib.util.find_spec("hcl") is not None
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _cert_from_env() -> Optional[Tuple[str, Optional[str]]]:
    client_cert = os.getenv("VAULT_CLIENT_CERT")
    return (client_cert, os.getenv("VAULT_CLIENT_KEY")) if client_cert else None


def _verify_from_env() -> Union[bool, str]:
    if os.getenv("VAULT_SKIP_VERIFY", "").strip().lower() in ("1", "t", "true", "y", "yes"):
        return False
    return os.getenv("VAULT_CACERT") or os.getenv("VAULT_CAPATH") or True


def _seconds(value: str, variable: str) -> float:
    """Parse ``30``, ``30s``, ``2m`` or ``1h`` as the Vault CLI does for durations."""
    text = value.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        if text and text[-1] in units:
            return float(text[:-1]) * units[text[-1]]
        return float(text)
    except ValueError:
        raise ValueError(f"{variable}={value!r} is not a duration such as 30, 30s or 2m") from None


def _apply_cli_environment(namespace: Optional[str], timeout: Any, kwargs: Dict[str, Any]) -> Tuple[Optional[str], Any]:
    """Fill what the caller left out from the variables the Vault CLI reads (beyond the reference)."""
    if namespace is None:
        namespace = os.getenv("VAULT_NAMESPACE") or None
    client_timeout = os.getenv("VAULT_CLIENT_TIMEOUT")
    if timeout == _DEFAULT_TIMEOUT and client_timeout:
        timeout = _seconds(client_timeout, "VAULT_CLIENT_TIMEOUT")
    max_retries = os.getenv("VAULT_MAX_RETRIES")
    if "retries" not in kwargs and max_retries:
        try:
            kwargs["retries"] = int(max_retries)
        except ValueError:
            raise ValueError(f"VAULT_MAX_RETRIES={max_retries!r} is not a whole number") from None
    return namespace, timeout


def _renews_own_token_without_argument(renew_token: Callable[..., Any]) -> Callable[..., Any]:
    """hvac 0.x's ``renew_token()`` renewed the caller's own token; 2.x requires one. Accept both,
    leaving the modern signature as it is."""

    @functools.wraps(renew_token)
    def renew(self: Any, *args: Any, **kwargs: Any) -> Any:
        token = args[0] if args else kwargs.get("token")
        if token is None:
            increment = args[1] if len(args) > 1 else kwargs.get("increment")
            wrap_ttl = args[2] if len(args) > 2 else kwargs.get("wrap_ttl")
            return self.renew_self_token(increment=increment, wrap_ttl=wrap_ttl)
        return renew_token(self, *args, **kwargs)

    return renew


if TYPE_CHECKING:
    from hvac.cluster import ReadFrom
    from hvac.v1.legacy import LegacyClientMethods as _DeprecatedFlatMethods
else:

    class _DeprecatedFlatMethods:
        """Holds hvac 0.x's flat methods, so that ``help(hvac.Client)`` lists them after the
        modern API. Each is a stand-in until first used (see ``LEGACY_METHOD_NAMES`` below)."""


class Client(_DeprecatedFlatMethods, Generic[VaultResponse]):
    """A connection to one Vault server.

    For type checkers a client is generic in what its methods return: ``Client`` (the default
    JSONAdapter) returns decoded JSON bodies, ``Client[requests.Response]`` (RawAdapter) response
    objects; see :doc:`/typing`.

    :param url: Vault's address; defaults to ``VAULT_ADDR``, else ``http://localhost:8200``.
    :param token: the token to authenticate with; defaults to ``VAULT_TOKEN``, else ``~/.vault-token``.
    :param cert: client certificate ``(cert, key)``; defaults to ``VAULT_CLIENT_CERT``/``VAULT_CLIENT_KEY``.
    :param verify: TLS verification: a bool or CA path; defaults to ``VAULT_CACERT``, ``VAULT_CAPATH``, else ``True``.
    :param timeout: seconds before a request gives up.
    :param proxies: proxies mapping handed to requests.
    :param allow_redirects: follow redirects.
    :param session: a ``requests.Session`` to reuse.
    :param adapter: the adapter class to build (:class:`hvac.adapters.JSONAdapter` by default).
    :param namespace: Vault Enterprise namespace for every request.
    :param nodes: beyond the reference: the address of every node of an HA cluster, e.g.
        ``["https://vault-1:8200", "https://vault-2:8200", "https://vault-3:8200"]``. Writes then
        go to the active node, failing nodes are skipped, and requests that were provably not
        applied go on to the next node (see :doc:`/cluster`). ``url`` defaults to the first node,
        and must be one of them when given.
    :param read_from: beyond the reference, with ``nodes``: ``"active"`` (default) or ``"any"``
        (reads spread over the healthy nodes, never stale for this client's own writes).
    :param kwargs: further adapter arguments (``ignore_exceptions``, ``strict_http``, ``request_header``,
        and those beyond the reference: ``retries``, ``read_your_writes``, ``hooks`` …).
    """

    if not TYPE_CHECKING:
        __class_getitem__ = _typing.same_class

    def __init__(
        self,
        url: Optional[str] = None,
        token: Optional[str] = None,
        cert: Optional[Union[str, Tuple[str, Optional[str]]]] = None,
        verify: Optional[Union[bool, str]] = None,
        timeout: adapters.Timeout = 30,
        proxies: Optional[Dict[str, str]] = None,
        allow_redirects: bool = True,
        session: Optional[requests.Session] = None,
        # The default's type is the default of the type parameter (the JSON body); mypy cannot
        # tie the two, so it is told here.
        adapter: Type[adapters.Adapter[VaultResponse]] = adapters.JSONAdapter,  # type: ignore[assignment]
        namespace: Optional[str] = None,
        *,
        nodes: Optional[Sequence[str]] = None,
        read_from: ReadFrom = "active",
        **kwargs: Any,
    ) -> None:
        token = token if token is not None else utils.get_token_from_env()
        # Passed on only when given: a client without them builds its adapter exactly as before.
        if nodes is not None:
            kwargs["nodes"] = nodes
            if not url and nodes and not isinstance(nodes, str):
                url = nodes[0]
        if read_from != "active":
            kwargs["read_from"] = read_from
        url = url if url else os.getenv("VAULT_ADDR", DEFAULT_URL)
        if cert is None:
            cert = _cert_from_env()
        if verify is None:
            verify = _verify_from_env()
        namespace, timeout = _apply_cli_environment(namespace, timeout, kwargs)

        self._adapter: adapters.Adapter[VaultResponse] = adapter(
            base_uri=url,
            token=token,
            cert=cert,
            verify=verify,
            timeout=timeout,
            proxies=proxies,
            allow_redirects=allow_redirects,
            session=session,
            namespace=namespace,
            **kwargs,
        )
        self._auth: Optional[api.AuthMethods[VaultResponse]] = None
        self._secrets: Optional[api.SecretsEngines[VaultResponse]] = None
        self._sys: Optional[api.SystemBackend[VaultResponse]] = None

    @classmethod
    def with_adapter(cls, adapter: adapters.Adapter[VaultResponse]) -> "Client[VaultResponse]":
        """A client around an adapter you already have (beyond the reference), e.g. one made with
        :meth:`hvac.adapters.Adapter.from_adapter`; nothing is read from the environment."""
        client = cls.__new__(cls)
        client._adapter = adapter
        client._auth = client._secrets = client._sys = None
        return client

    def __repr__(self) -> str:
        return f"<hvac.Client url={self.url!r} namespace={self._adapter.namespace!r} token={'set' if self.token else 'unset'}>"

    if not TYPE_CHECKING:  # type checkers report a misspelled attribute instead

        def __getattr__(self, name: str) -> Any:
            return utils.getattr_with_deprecated_properties(
                obj=self, item=name, deprecated_properties=DEPRECATED_PROPERTIES
            )

    # --- the adapter and its settings ---------------------------------------------------------

    @property
    def adapter(self) -> adapters.Adapter[VaultResponse]:
        """The adapter every request goes through; setting it re-points every API class."""
        return self._adapter

    @adapter.setter
    def adapter(self, adapter: adapters.Adapter[VaultResponse]) -> None:
        self._adapter = adapter
        for category in (self._auth, self._secrets, self._sys):
            if category is not None:
                category.adapter = adapter

    @property
    def url(self) -> str:
        """Vault's base address."""
        return self._adapter.base_uri

    @url.setter
    def url(self, url: str) -> None:
        self._adapter.base_uri = url

    @property
    def token(self) -> Optional[str]:
        """The token sent with each request."""
        return self._adapter.token

    @token.setter
    def token(self, token: Optional[str]) -> None:
        self._adapter.token = token

    @property
    def session(self) -> requests.Session:
        """The ``requests.Session`` in use."""
        return self._adapter.session

    @session.setter
    def session(self, session: requests.Session) -> None:
        self._adapter.session = session

    @property
    def allow_redirects(self) -> bool:
        """Whether redirects are followed."""
        return self._adapter.allow_redirects

    @allow_redirects.setter
    def allow_redirects(self, allow_redirects: bool) -> None:
        self._adapter.allow_redirects = allow_redirects

    # --- consistency across clients (beyond the reference) ------------------------------------

    def consistency_state(self) -> str:
        """The storage state this client's requests have seen so far, as a plain string that
        another client, in this process or another, passes to :meth:`require_state` to read
        what this one wrote (beyond the reference). Needs ``read_your_writes=True`` (or
        ``read_from="any"``); see :doc:`/cluster`.

        :raises ValueError: when the client keeps no state.
        """
        return self._adapter.consistency_state()

    def require_state(self, state: str) -> ContextManager[None]:
        """``with client.require_state(state): ...``: the requests this client sends from this
        thread within the block see at least the state another client exported with
        :meth:`consistency_state` (beyond the reference).

        :raises ValueError: when ``state`` is not such a string.
        """
        return self._adapter.require_state(state)

    # --- the three API categories, built on first use -----------------------------------------

    @property
    def auth(self) -> api.AuthMethods[VaultResponse]:
        """Auth methods: ``client.auth.approle``, ``client.auth.token`` …"""
        if self._auth is None:
            self._auth = api.AuthMethods(adapter=self._adapter)
        return self._auth

    @property
    def secrets(self) -> api.SecretsEngines[VaultResponse]:
        """Secrets engines: ``client.secrets.kv``, ``client.secrets.transit`` …"""
        if self._secrets is None:
            self._secrets = api.SecretsEngines(adapter=self._adapter)
        return self._secrets

    @property
    def sys(self) -> api.SystemBackend[VaultResponse]:
        """The system backend: ``client.sys.read_health_status()`` …"""
        if self._sys is None:
            self._sys = api.SystemBackend(adapter=self._adapter)
        return self._sys

    # --- status properties --------------------------------------------------------------------

    @property
    def seal_status(self) -> VaultResponse:
        """Seal status: ``GET /v1/sys/seal-status``."""
        return self.sys.read_seal_status()

    @property
    def ha_status(self) -> VaultResponse:
        """HA status: ``GET /v1/sys/leader``."""
        return self.sys.read_leader_status()

    @property
    def key_status(self) -> Any:
        """The ``data`` of ``GET /v1/sys/key-status``."""
        # Indexed as the reference does: this needs an adapter that decodes JSON.
        status: Any = self.sys.get_encryption_key_status()
        return status["data"]

    @property
    def rekey_status(self) -> VaultResponse:
        """Rekey progress: ``GET /v1/sys/rekey/init``."""
        return self.sys.read_rekey_progress()

    @property
    def generate_root_status(self) -> VaultResponse:
        """Root generation progress: ``GET /v1/sys/generate-root/attempt``."""
        return self.sys.read_root_generation_progress()

    # --- generic path operations --------------------------------------------------------------

    def read(self, path: str, wrap_ttl: Optional[Union[str, int]] = None) -> Optional[VaultResponse]:
        """Read any path: ``GET /v1/{path}``.

        :param path: the Vault path, e.g. ``secret/foo``.
        :param wrap_ttl: wrap the answer in a response-wrapping token with this TTL.
        :return: the response, or ``None`` when Vault answers 404.
        """
        try:
            return self._adapter.get(f"/v1/{path}", wrap_ttl=wrap_ttl)
        except exceptions.InvalidPath:
            return None

    def list(self, path: str) -> Optional[VaultResponse]:
        """List the keys below a path: ``GET /v1/{path}?list=True``.

        :return: the response, or ``None`` when Vault answers 404.
        """
        try:
            return self._adapter.get(f"/v1/{path}", params={"list": True})
        except exceptions.InvalidPath:
            return None

    # "list" here is Client.list (defined above), as in the reference's own signature.
    def write(self, *args: Any, **kwargs: Any) -> VaultResponse:
        """Write to any path: ``POST /v1/{path}`` with the keyword arguments as the JSON body.

        Call it as ``write(path, wrap_ttl=None, **data)``. ``path`` and ``wrap_ttl`` given as
        keywords still work but warn, since they cannot then be written as data; use
        :meth:`write_data` to write such keys.
        """
        path = _smart_pop(kwargs, "path", posvalue=args[0] if args else _sentinel)
        wrap_ttl = _smart_pop(kwargs, "wrap_ttl", None, posvalue=args[1] if len(args) > 1 else _sentinel)
        if "data" in kwargs:
            warnings.warn(
                message=(
                    "write() argument 'data' was supplied as a keyword argument. In v3.0.0 the 'data' key will be "
                    "treated specially. Consider using the write_data() method instead. "
                    f"For more information see: {_WRITE_DOCS_URL}"
                ),
                category=PendingDeprecationWarning,
                stacklevel=2,
            )
        return self._adapter.post(f"/v1/{path}", json=kwargs, wrap_ttl=wrap_ttl)

    def write_data(
        self, path: str, *, data: Optional[Dict[str, Any]] = None, wrap_ttl: Optional[Union[str, int]] = None
    ) -> VaultResponse:
        """Write ``data`` to any path: ``POST /v1/{path}``.

        :param path: the Vault path.
        :param data: the JSON body (any keys, ``path`` and ``wrap_ttl`` included).
        :param wrap_ttl: wrap the answer with this TTL.
        """
        return self._adapter.post(f"/v1/{path}", json=data, wrap_ttl=wrap_ttl)

    def delete(self, path: str) -> None:
        """Delete any path: ``DELETE /v1/{path}``."""
        self._adapter.delete(f"/v1/{path}")

    # --- policies and tokens ------------------------------------------------------------------

    def get_policy(self, name: str, parse: bool = False) -> Any:
        """Read an ACL policy's rules: ``GET /v1/sys/policy/{name}``.

        :param name: the policy name.
        :param parse: parse the HCL into a dict (needs the ``parser`` extra, pyhcl).
        :return: the rules (str or dict), or ``None`` when the policy does not exist.
        """
        try:
            answer: Any = self.sys.read_policy(name=name)  # decoded JSON, as the reference indexes it
            policy = answer["data"]["rules"]
        except exceptions.InvalidPath:
            return None
        if parse:
            try:
                import hcl  # type: ignore[import-untyped]
            except ImportError as error:
                raise ImportError(
                    "get_policy(parse=True) needs pyhcl: pip install 'hvac[parser]'"
                ) from error
            policy = hcl.loads(policy)
        return policy

    def lookup_token(
        self, token: Optional[str] = None, accessor: bool = False, wrap_ttl: Optional[Union[str, int]] = None
    ) -> VaultResponse:
        """Look up a token.

        ``GET /v1/auth/token/lookup-self`` without ``token``; ``POST /v1/auth/token/lookup`` with it;
        ``POST /v1/auth/token/lookup-accessor`` when ``accessor`` is set (``token`` is then the accessor).
        """
        if not token:
            return self._adapter.get("/v1/auth/token/lookup-self", wrap_ttl=wrap_ttl)
        if accessor:
            return self._adapter.post("/v1/auth/token/lookup-accessor", json={"accessor": token}, wrap_ttl=wrap_ttl)
        # The reference sends no wrap TTL on this path.
        return self._adapter.post("/v1/auth/token/lookup", json={"token": token})

    def revoke_token(self, token: str, orphan: bool = False, accessor: bool = False) -> None:
        """Revoke a token: ``POST /v1/auth/token/revoke`` (``revoke-orphan`` / ``revoke-accessor`` by flag).

        :raises hvac.exceptions.InvalidRequest: when ``orphan`` and ``accessor`` are both set.
        """
        if accessor and orphan:
            raise exceptions.InvalidRequest("revoke_token does not support 'orphan' and 'accessor' flags together")
        if accessor:
            self._adapter.post("/v1/auth/token/revoke-accessor", json={"accessor": token})
        elif orphan:
            self._adapter.post("/v1/auth/token/revoke-orphan", json={"token": token})
        else:
            self._adapter.post("/v1/auth/token/revoke", json={"token": token})

    @_renews_own_token_without_argument
    def renew_token(
        self, token: Optional[str], increment: Optional[Union[str, int]] = None, wrap_ttl: Optional[Union[str, int]] = None
    ) -> VaultResponse:
        """Renew a token: ``POST /v1/auth/token/renew``.

        Called without a token (or with ``None``), it renews the client's own token as hvac 0.x
        did, through the deprecated ``renew_self_token`` (``POST /v1/auth/token/renew-self``).

        :param token: the token to renew.
        :param increment: requested extension (seconds or a duration string).
        :param wrap_ttl: wrap the answer with this TTL.
        """
        return self._adapter.post(
            "/v1/auth/token/renew", json={"token": token, "increment": increment}, wrap_ttl=wrap_ttl
        )

    def logout(self, revoke_token: bool = False) -> None:
        """Forget the client's token; with ``revoke_token`` first revoke it (``POST /v1/auth/token/revoke-self``)."""
        if revoke_token:
            self._adapter.post("/v1/auth/token/revoke-self")
        self.token = None

    def is_authenticated(self) -> bool:
        """Tell whether the token is valid, by a ``GET /v1/auth/token/lookup-self``.

        :return: ``False`` when Vault answers 400, 403 or 404; other errors propagate.
        """
        try:
            self.lookup_token()
            return True
        except (exceptions.Forbidden, exceptions.InvalidPath, exceptions.InvalidRequest):
            return False

    def auth_cubbyhole(self, token: str) -> VaultResponse:
        """Log in by unwrapping a response-wrapped login: ``POST /v1/sys/wrapping/unwrap`` sent with ``token``.

        The client adopts the unwrapped client token.
        """
        self.token = token
        return self.login("/v1/sys/wrapping/unwrap")

    def login(self, url: str, use_token: bool = True, **kwargs: Any) -> VaultResponse:
        """POST to a login ``url``; with ``use_token`` the client adopts the returned token.

        :param kwargs: passed to the adapter (e.g. ``json={...}``).
        """
        return self._adapter.login(url=url, use_token=use_token, **kwargs)


_sentinel = object()
"""Stands for "not given" in :func:`_smart_pop`, where ``None`` is a value a caller may pass."""


def _smart_pop(
    dict: Dict[str, Any],  # noqa: A002  (the reference's parameter name)
    member: str,
    default: Any = _sentinel,
    *,
    posvalue: Any = _sentinel,
    method: str = "write",
    replacement_method: str = "write_data",
) -> Any:
    """Take argument ``member`` out of ``dict``, the keyword arguments of ``method``.

    ``method`` takes its own arguments positionally and the rest of its keywords as data, so a
    keyword spelled like one of its arguments is ambiguous. That keyword is removed from ``dict``
    (changed in place) and used as the argument, with a :class:`DeprecationWarning` pointing the
    caller at ``replacement_method``.

    :param posvalue: the value given positionally for ``member``, if any.
    :param default: returned when ``member`` is given neither way; without one, it is required.
    :raises TypeError: ``member`` given both ways, or (without ``default``) neither way, worded
        as Python words these errors.
    """
    if member not in dict:
        if posvalue is not _sentinel:
            return posvalue
        if default is not _sentinel:
            return default
        raise TypeError(f"{method}() missing one required positional argument: '{member}'")
    if posvalue is not _sentinel:
        raise TypeError(f"{method}() got multiple values for argument '{member}'")
    warnings.warn(
        message=(
            f"{method}() argument '{member}' was supplied as a keyword argument and will not be written as data. "
            f"To write this data with a '{member}' key, use the {replacement_method}() method. "
            f"To continue using {method}() and suppress this warning, supply this argument positionally. "
            f"For more information see: {_WRITE_DOCS_URL}"
        ),
        category=DeprecationWarning,
        stacklevel=3,
    )
    return dict.pop(member)


# The flat methods of hvac 0.x (the hvac.v1.legacy package) load on first use, keeping "import hvac" light.
LEGACY_METHOD_NAMES = (
    "audit_hash", "auth_app_id", "auth_approle", "auth_aws_iam", "auth_ec2", "auth_gcp", "auth_github",
    "auth_kubernetes", "auth_ldap", "auth_tls", "auth_userpass", "cancel_generate_root", "cancel_rekey",
    "close", "create_app_id", "create_ec2_role", "create_ec2_role_tag", "create_kubernetes_configuration",
    "create_kubernetes_role", "create_role", "create_role_custom_secret_id", "create_role_secret_id",
    "create_token", "create_token_role", "create_user_id", "create_userpass",
    "create_vault_ec2_certificate_configuration", "create_vault_ec2_client_configuration", "delete_app_id",
    "delete_ec2_role", "delete_kubernetes_role", "delete_policy", "delete_role", "delete_role_secret_id",
    "delete_role_secret_id_accessor", "delete_token_role", "delete_user_id", "delete_userpass",
    "delete_vault_ec2_client_configuration", "disable_audit_backend", "disable_auth_backend",
    "disable_secret_backend", "enable_audit_backend", "enable_auth_backend", "enable_secret_backend",
    "generate_root", "get_app_id", "get_auth_backend_tuning", "get_backed_up_keys", "get_ec2_role",
    "get_kubernetes_configuration", "get_kubernetes_role", "get_role", "get_role_id", "get_role_secret_id",
    "get_role_secret_id_accessor", "get_secret_backend_tuning", "get_user_id",
    "get_vault_ec2_certificate_configuration", "get_vault_ec2_client_configuration", "initialize",
    "is_initialized", "is_sealed", "list_audit_backends", "list_auth_backends", "list_ec2_roles",
    "list_kubernetes_roles", "list_policies", "list_role_secrets", "list_roles", "list_secret_backends",
    "list_token_roles", "list_userpass", "list_vault_ec2_certificate_configurations", "read_lease",
    "read_userpass", "rekey", "rekey_multi", "remount_secret_backend", "renew_secret", "renew_self_token",
    "revoke_secret", "revoke_secret_prefix", "revoke_self_token", "revoke_token_prefix", "rotate", "seal",
    "set_policy", "set_role_id", "start_generate_root", "start_rekey", "token_role", "transit_create_key",
    "transit_decrypt_data", "transit_delete_key", "transit_encrypt_data", "transit_export_key",
    "transit_generate_data_key", "transit_generate_hmac", "transit_generate_rand_bytes", "transit_hash_data",
    "transit_list_keys", "transit_read_key", "transit_rewrap_data", "transit_rotate_key", "transit_sign_data",
    "transit_update_key", "transit_verify_signed_data", "tune_auth_backend", "tune_secret_backend", "unseal",
    "unseal_multi", "unseal_reset", "unwrap", "update_userpass_password", "update_userpass_policies",
    "urljoin",
)


class _LegacyMethodLoader:
    """Class attribute standing in for a 0.x flat method until one is first looked up."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type) -> Any:
        from hvac.v1 import legacy

        legacy.install(_DeprecatedFlatMethods)
        return getattr(instance if instance is not None else owner, self.name)


for _name in LEGACY_METHOD_NAMES:
    if _name not in vars(Client):
        setattr(_DeprecatedFlatMethods, _name, _LegacyMethodLoader(_name))
