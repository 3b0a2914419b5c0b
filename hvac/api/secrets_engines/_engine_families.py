"""Endpoint families that several secrets engines serve the same way, written once.

Vault's Nomad, Terraform Cloud, AliCloud, MongoDB Atlas and Google Cloud KMS engines share
endpoints of one shape: ``config`` read and delete, ``role``/``roles`` read, list and delete,
``creds/{name}``. An engine class inherits the families it serves and names its default mount
(and the path of its roles) in its class statement::

    class Nomad(RoleMethods[VaultResponse], CredentialsMethods[VaultResponse], mount_point="nomad"):

Each engine class then gets its own copy of every family method, whose ``mount_point`` defaults to
that engine's mount and whose docstring shows that engine's paths, so the methods read, document
and introspect (``help()``, ``inspect.signature``, the API reference) like the engine's own.
"""
import types
from typing import Any, Callable, ClassVar

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

#: What a family method's ``mount_point`` defaults to in the source: a stand-in. An engine's copy
#: of the method defaults to the engine's own ``DEFAULT_MOUNT_POINT`` instead (so its signature
#: reads as every other method's, ``mount_point: str = DEFAULT_MOUNT_POINT``).
DEFAULT_MOUNT_POINT = "<the engine's mount>"

#: The verbs Vault serves ``creds/{name}`` with in the engines that take both.
CREDENTIALS_METHODS = ("GET", "POST")


def _engine_copy(function: Callable[..., Any], engine: type, mount_point: str, roles_path: str) -> Any:
    """``function`` as a method of ``engine``: its default mount and its paths."""
    defaults = tuple(mount_point if value == DEFAULT_MOUNT_POINT else value for value in function.__defaults__ or ())
    copy = types.FunctionType(function.__code__, function.__globals__, function.__name__, defaults, function.__closure__)
    copy.__doc__ = (function.__doc__ or "").replace("{roles}", roles_path)
    copy.__annotations__ = dict(function.__annotations__)
    copy.__kwdefaults__ = function.__kwdefaults__
    copy.__module__ = engine.__module__
    copy.__qualname__ = f"{engine.__qualname__}.{function.__name__}"
    return copy


class EngineFamily(VaultApiBase[VaultResponse]):
    """Base of the families: gives each engine class its own copy of the family methods."""

    _roles_path: ClassVar[str] = "role"

    def __init_subclass__(cls, mount_point: str = "", roles_path: str = "role", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not mount_point:  # a family, not an engine
            return
        cls._roles_path = roles_path
        for family in cls.__mro__[1:]:
            if family.__module__ != __name__:
                continue
            for name, function in vars(family).items():
                if isinstance(function, types.FunctionType) and not name.startswith("_") and name not in vars(cls):
                    setattr(cls, name, _engine_copy(function, cls, mount_point, roles_path))

    @staticmethod
    def _url(template: str, mount_point: str, **kwargs: Any) -> str:
        return utils.format_url("/v1/{mount_point}/" + template, mount_point=mount_point, **kwargs)


class ConfigMethods(EngineFamily[VaultResponse]):
    """Read and delete of the engine's ``config``."""

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the engine's configuration (Vault leaves its secrets out).

        ``GET /v1/{mount_point}/config``

        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url("config", mount_point))

    def delete_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Forget the engine's configuration, its credentials included.

        ``DELETE /v1/{mount_point}/config``

        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url("config", mount_point))


class RoleMethods(EngineFamily[VaultResponse]):
    """Read, list and delete of the engine's roles (created by each engine's own method)."""

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role.

        ``GET /v1/{mount_point}/{roles}/{name}``

        :param name: the role.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (the role's fields under ``data``), or the requests.Response.
        """
        return self._adapter.get(url=self._url(self._roles_path + "/{name}", mount_point, name=name))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the roles.

        ``LIST /v1/{mount_point}/{roles}``

        :param mount_point: where the engine is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url(self._roles_path, mount_point))

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role (credentials already issued keep their leases).

        ``DELETE /v1/{mount_point}/{roles}/{name}``

        :param name: the role.
        :param mount_point: where the engine is mounted.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.delete(url=self._url(self._roles_path + "/{name}", mount_point, name=name))


class CredentialsMethods(EngineFamily[VaultResponse]):
    """``creds/{name}`` served with GET."""

    def generate_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Create credentials from a role; revoking their lease removes them where they were made.

        ``GET /v1/{mount_point}/creds/{name}``

        :param name: the role.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (the credentials under ``data``, with a lease), or the
            requests.Response.
        """
        return self._adapter.get(url=self._url("creds/{name}", mount_point, name=name))


class CredentialsEitherVerbMethods(EngineFamily[VaultResponse]):
    """``creds/{name}`` served with GET and POST alike."""

    def generate_credentials(
        self, name: str, method: str = "GET", mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Create or fetch credentials from a role (the engine's class says what they hold).

        ``GET /v1/{mount_point}/creds/{name}`` (or ``POST``, which Vault serves the same way)

        :param name: the role.
        :param method: ``GET`` or ``POST``.
        :param mount_point: where the engine is mounted.
        :return: the decoded response (the credentials under ``data``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for another ``method``, before a request.
        """
        utils.validate_allowed("method", method, CREDENTIALS_METHODS, noun="methods")
        return self._adapter.request(method.lower(), self._url("creds/{name}", mount_point, name=name))
