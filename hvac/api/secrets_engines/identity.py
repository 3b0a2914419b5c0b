"""Identity secrets engine: entities, entity aliases, groups, group aliases, lookups and the
OIDC identity-tokens backend (named keys, roles, signed ID tokens)."""
import logging
from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.constants.identity import ALLOWED_GROUP_TYPES, DEFAULT_MOUNT_POINT

logger = logging.getLogger(__name__)

#: The verbs the ``list_*`` methods accept for their ``method`` argument.
_LIST_METHODS = ("LIST", "GET")

_StrOrList = Union[str, List[str]]


def _validate_metadata(metadata: Any) -> None:
    """Refuse a ``metadata`` argument that is neither ``None`` nor a dict."""
    if metadata is not None and not isinstance(metadata, dict):
        raise exceptions.ParamValidationError(
            f'unsupported metadata argument provided "{metadata}" ({type(metadata)}), required type: dict"'
        )


def _validate_group_args(group_type: str, metadata: Any) -> None:
    """Check the arguments shared by the group create/update methods."""
    _validate_metadata(metadata)
    if group_type not in ALLOWED_GROUP_TYPES:
        raise exceptions.ParamValidationError(
            f'unsupported group_type argument provided "{group_type}", allowed values: ({ALLOWED_GROUP_TYPES})'
        )


#: Values OpenBao accepts for the fields with a fixed set of choices (checked before sending).
_TOTP_ALGORITHMS = ("SHA1", "SHA256", "SHA512")
_TOTP_DIGITS = (6, 8)
_OIDC_CLIENT_TYPES = ("confidential", "public")
_OIDC_RESPONSE_TYPES = ("code",)
_OIDC_CODE_CHALLENGE_METHODS = ("S256", "plain")
_OIDC_GRANT_TYPES = ("authorization_code", "client_credentials")
#: How :meth:`Identity.request_oidc_provider_token` presents the client's credentials.
_OIDC_CLIENT_AUTH_METHODS = ("client_secret_basic", "client_secret_post")

_Ttl = Union[str, int]


def _fields_of(arguments: Dict[str, Any]) -> Dict[str, Any]:
    """The request fields among a method's ``locals()``: all but ``self``, the path's ``name``
    and ``mount_point`` (for the method pairs that send the same fields with two verbs)."""
    return {key: value for key, value in arguments.items() if key not in ("self", "name", "mount_point")}


class Identity(VaultApiBase[VaultResponse]):
    """Identity secrets engine (always mounted at ``identity``)."""

    # ------------------------------------------------------------------ helpers

    def _url(self, template: str, mount_point: str, **kwargs: Any) -> str:
        return utils.format_url("/v1/{mount_point}/" + template, mount_point=mount_point, **kwargs)

    def _list(self, template: str, method: str, mount_point: str) -> VaultResponse:
        """LIST (or GET ``?list=true``) the keys below ``template``, after checking ``method``."""
        if method not in _LIST_METHODS:
            raise exceptions.ParamValidationError(
                f'"method" parameter provided invalid value; LIST or GET allowed, "{method}" provided'
            )
        api_path = self._url(template, mount_point)
        if method == "LIST":
            return self._adapter.list(url=api_path)
        return self._adapter.get(url=api_path, params={"list": "true"})

    @staticmethod
    def validate_member_id_params_for_group_type(
        group_type: str,
        params: Dict[str, Any],
        member_group_ids: Optional[_StrOrList],
        member_entity_ids: Optional[_StrOrList],
    ) -> Dict[str, Any]:
        """Add the member ID arguments to ``params`` unless the group is external.

        External groups get their members from their group alias, so the IDs are left out (a
        warning is logged when some were given). For any other type both keys are set, ``None``
        included.

        :param group_type: ``internal`` or ``external``.
        :param params: the request body being built; updated in place.
        :param member_group_ids: IDs of the groups that are members of the group.
        :param member_entity_ids: IDs of the entities that are members of the group.
        :return: ``params``.
        """
        if group_type == "external":
            if member_entity_ids is not None:
                logger.warning(
                    "InvalidRequest: member entities can't be set manually for external groups "
                    "ignoring member_entity_ids argument."
                )
            if member_group_ids is not None:
                logger.warning(
                    "InvalidRequest: member groups can't be set for external groups; "
                    "ignoring member_group_ids argument."
                )
            return params
        params["member_entity_ids"] = member_entity_ids
        params["member_group_ids"] = member_group_ids
        return params

    # ------------------------------------------------------------------ entities

    def create_or_update_entity(
        self,
        name: str,
        entity_id: Optional[str] = None,
        metadata: Optional[Dict[str, str]] = None,
        policies: Optional[_StrOrList] = None,
        disabled: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create an entity, or update it when ``entity_id`` names an existing one.

        ``POST /v1/{mount_point}/entity``

        :param name: the entity's name (generated by Vault when empty).
        :param entity_id: ID of the entity to update.
        :param metadata: string key/value pairs attached to the entity.
        :param policies: policies tied to the entity.
        :param disabled: whether tokens of the entity are refused.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.id`` and ``data.name`` on creation) or the requests.Response.
        """
        _validate_metadata(metadata)
        params = utils.remove_nones(
            {"id": entity_id, "name": name, "metadata": metadata, "policies": policies, "disabled": disabled}
        )
        return self._adapter.post(url=self._url("entity", mount_point), json=params)

    def create_or_update_entity_by_name(
        self,
        name: str,
        metadata: Optional[Dict[str, str]] = None,
        policies: Optional[_StrOrList] = None,
        disabled: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create the entity called ``name``, or update it if it exists.

        ``POST /v1/{mount_point}/entity/name/{name}``

        :param name: the entity's name.
        :param metadata: string key/value pairs attached to the entity.
        :param policies: policies tied to the entity.
        :param disabled: whether tokens of the entity are refused.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response on creation, else the requests.Response (204).
        """
        _validate_metadata(metadata)
        params = utils.remove_nones({"metadata": metadata, "policies": policies, "disabled": disabled})
        return self._adapter.post(url=self._url("entity/name/{name}", mount_point, name=name), json=params)

    def read_entity(self, entity_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an entity by its ID.

        ``GET /v1/{mount_point}/entity/id/{entity_id}``

        :param entity_id: the entity's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the entity under ``data``).
        """
        return self._adapter.get(url=self._url("entity/id/{id}", mount_point, id=entity_id))

    def read_entity_by_name(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an entity by its name.

        ``GET /v1/{mount_point}/entity/name/{name}``

        :param name: the entity's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the entity under ``data``).
        """
        return self._adapter.get(url=self._url("entity/name/{name}", mount_point, name=name))

    def update_entity(
        self,
        entity_id: str,
        name: Optional[str] = None,
        metadata: Optional[Dict[str, str]] = None,
        policies: Optional[_StrOrList] = None,
        disabled: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Update the entity with the given ID.

        ``POST /v1/{mount_point}/entity/id/{entity_id}``

        :param entity_id: the entity's ID.
        :param name: a new name.
        :param metadata: string key/value pairs attached to the entity.
        :param policies: policies tied to the entity.
        :param disabled: whether tokens of the entity are refused.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        _validate_metadata(metadata)
        params = utils.remove_nones({"name": name, "metadata": metadata, "policies": policies, "disabled": disabled})
        return self._adapter.post(url=self._url("entity/id/{id}", mount_point, id=entity_id), json=params)

    def delete_entity(self, entity_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an entity (and its aliases) by ID.

        ``DELETE /v1/{mount_point}/entity/id/{entity_id}``

        :param entity_id: the entity's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("entity/id/{id}", mount_point, id=entity_id))

    def delete_entity_by_name(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an entity (and its aliases) by name.

        ``DELETE /v1/{mount_point}/entity/name/{name}``

        :param name: the entity's name.
        :param mount_point: where the identity engine is mounted.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("entity/name/{name}", mount_point, name=name))

    def list_entities(self, method: str = "LIST", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the IDs of the entities.

        ``LIST /v1/{mount_point}/entity/id`` (or ``GET …?list=true``)

        :param method: ``LIST`` or ``GET``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list("entity/id", method, mount_point)

    def list_entities_by_name(self, method: str = "LIST", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the names of the entities.

        ``LIST /v1/{mount_point}/entity/name`` (or ``GET …?list=true``)

        :param method: ``LIST`` or ``GET``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys``).
        """
        return self._list("entity/name", method, mount_point)

    def merge_entities(
        self,
        from_entity_ids: _StrOrList,
        to_entity_id: str,
        force: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        conflicting_alias_ids_to_keep: Optional[_StrOrList] = None,
    ) -> VaultResponse:
        """Merge entities into another one; the merged entities are deleted.

        ``POST /v1/{mount_point}/entity/merge``

        :param from_entity_ids: IDs of the entities to merge.
        :param to_entity_id: ID of the entity to merge into.
        :param force: merge even when policies conflict.
        :param mount_point: where the identity engine is mounted.
        :param conflicting_alias_ids_to_keep: alias IDs to keep when aliases of the same mount conflict.
        :return: the decoded response or the requests.Response (204).
        """
        params = utils.remove_nones(
            {
                "from_entity_ids": from_entity_ids,
                "to_entity_id": to_entity_id,
                "force": force,
                "conflicting_alias_ids_to_keep": conflicting_alias_ids_to_keep,
            }
        )
        return self._adapter.post(url=self._url("entity/merge", mount_point), json=params)

    # ------------------------------------------------------------------ entity aliases

    def create_or_update_entity_alias(
        self,
        name: str,
        canonical_id: str,
        mount_accessor: str,
        alias_id: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create an entity alias, or update it when ``alias_id`` names an existing one.

        ``POST /v1/{mount_point}/entity-alias``

        :param name: the alias name (e.g. the user name of the auth method).
        :param canonical_id: ID of the entity the alias belongs to.
        :param mount_accessor: accessor of the auth method mount the alias comes from.
        :param alias_id: ID of the alias to update.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.id`` and ``data.canonical_id``).
        """
        params = utils.remove_nones(
            {"id": alias_id, "name": name, "canonical_id": canonical_id, "mount_accessor": mount_accessor}
        )
        return self._adapter.post(url=self._url("entity-alias", mount_point), json=params)

    def read_entity_alias(self, alias_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an entity alias by ID.

        ``GET /v1/{mount_point}/entity-alias/id/{alias_id}``

        :param alias_id: the alias's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the alias under ``data``).
        """
        return self._adapter.get(url=self._url("entity-alias/id/{id}", mount_point, id=alias_id))

    def update_entity_alias(
        self,
        alias_id: str,
        name: str,
        canonical_id: str,
        mount_accessor: str,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Update the entity alias with the given ID.

        ``POST /v1/{mount_point}/entity-alias/id/{alias_id}``

        :param alias_id: the alias's ID.
        :param name: the alias name.
        :param canonical_id: ID of the entity the alias belongs to.
        :param mount_accessor: accessor of the auth method mount the alias comes from.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        params = utils.remove_nones({"name": name, "canonical_id": canonical_id, "mount_accessor": mount_accessor})
        return self._adapter.post(url=self._url("entity-alias/id/{id}", mount_point, id=alias_id), json=params)

    def list_entity_aliases(self, method: str = "LIST", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the IDs of the entity aliases.

        ``LIST /v1/{mount_point}/entity-alias/id`` (or ``GET …?list=true``)

        :param method: ``LIST`` or ``GET``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list("entity-alias/id", method, mount_point)

    def delete_entity_alias(self, alias_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an entity alias by ID.

        ``DELETE /v1/{mount_point}/entity-alias/id/{alias_id}``

        :param alias_id: the alias's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("entity-alias/id/{id}", mount_point, id=alias_id))

    # ------------------------------------------------------------------ groups

    def create_or_update_group(
        self,
        name: str,
        group_id: Optional[str] = None,
        group_type: str = "internal",
        metadata: Optional[Dict[str, str]] = None,
        policies: Optional[_StrOrList] = None,
        member_group_ids: Optional[_StrOrList] = None,
        member_entity_ids: Optional[_StrOrList] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a group, or update it when ``group_id`` names an existing one.

        ``POST /v1/{mount_point}/group``

        :param name: the group's name.
        :param group_id: ID of the group to update.
        :param group_type: ``internal`` (members set here) or ``external`` (members from a group alias).
        :param metadata: string key/value pairs attached to the group.
        :param policies: policies tied to the group.
        :param member_group_ids: IDs of member groups (internal groups only).
        :param member_entity_ids: IDs of member entities (internal groups only).
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.id`` and ``data.name`` on creation) or the requests.Response.
        """
        _validate_group_args(group_type, metadata)
        params = utils.remove_nones(
            {"id": group_id, "name": name, "type": group_type, "metadata": metadata, "policies": policies}
        )
        self.validate_member_id_params_for_group_type(group_type, params, member_group_ids, member_entity_ids)
        return self._adapter.post(url=self._url("group", mount_point), json=params)

    def create_or_update_group_by_name(
        self,
        name: str,
        group_type: str = "internal",
        metadata: Optional[Dict[str, str]] = None,
        policies: Optional[_StrOrList] = None,
        member_group_ids: Optional[_StrOrList] = None,
        member_entity_ids: Optional[_StrOrList] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create the group called ``name``, or update it if it exists.

        ``POST /v1/{mount_point}/group/name/{name}``

        Member IDs are only sent for internal groups, and only those given.

        :param name: the group's name.
        :param group_type: ``internal`` or ``external``.
        :param metadata: string key/value pairs attached to the group.
        :param policies: policies tied to the group.
        :param member_group_ids: IDs of member groups (internal groups only).
        :param member_entity_ids: IDs of member entities (internal groups only).
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response on creation, else the requests.Response (204).
        """
        _validate_group_args(group_type, metadata)
        params: Dict[str, Any] = {"type": group_type, "metadata": metadata, "policies": policies}
        if group_type != "external":
            params.update(member_group_ids=member_group_ids, member_entity_ids=member_entity_ids)
        return self._adapter.post(
            url=self._url("group/name/{name}", mount_point, name=name), json=utils.remove_nones(params)
        )

    def read_group(self, group_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a group by ID.

        ``GET /v1/{mount_point}/group/id/{group_id}``

        :param group_id: the group's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the group under ``data``).
        """
        return self._adapter.get(url=self._url("group/id/{id}", mount_point, id=group_id))

    def read_group_by_name(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a group by name.

        ``GET /v1/{mount_point}/group/name/{name}``

        :param name: the group's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the group under ``data``).
        """
        return self._adapter.get(url=self._url("group/name/{name}", mount_point, name=name))

    def update_group(
        self,
        group_id: str,
        name: str,
        group_type: str = "internal",
        metadata: Optional[Dict[str, str]] = None,
        policies: Optional[_StrOrList] = None,
        member_group_ids: Optional[_StrOrList] = None,
        member_entity_ids: Optional[_StrOrList] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Update the group with the given ID.

        ``POST /v1/{mount_point}/group/id/{group_id}``

        :param group_id: the group's ID.
        :param name: the group's name.
        :param group_type: ``internal`` or ``external``.
        :param metadata: string key/value pairs attached to the group.
        :param policies: policies tied to the group.
        :param member_group_ids: IDs of member groups (internal groups only).
        :param member_entity_ids: IDs of member entities (internal groups only).
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        _validate_group_args(group_type, metadata)
        params = utils.remove_nones({"name": name, "type": group_type, "metadata": metadata, "policies": policies})
        self.validate_member_id_params_for_group_type(group_type, params, member_group_ids, member_entity_ids)
        return self._adapter.post(url=self._url("group/id/{id}", mount_point, id=group_id), json=params)

    def delete_group(self, group_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a group by ID.

        ``DELETE /v1/{mount_point}/group/id/{group_id}``

        :param group_id: the group's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("group/id/{id}", mount_point, id=group_id))

    def delete_group_by_name(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a group by name.

        ``DELETE /v1/{mount_point}/group/name/{name}``

        :param name: the group's name.
        :param mount_point: where the identity engine is mounted.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("group/name/{name}", mount_point, name=name))

    def list_groups(self, method: str = "LIST", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the IDs of the groups.

        ``LIST /v1/{mount_point}/group/id`` (or ``GET …?list=true``)

        :param method: ``LIST`` or ``GET``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list("group/id", method, mount_point)

    def list_groups_by_name(self, method: str = "LIST", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the names of the groups.

        ``LIST /v1/{mount_point}/group/name`` (or ``GET …?list=true``)

        :param method: ``LIST`` or ``GET``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys``).
        """
        return self._list("group/name", method, mount_point)

    # ------------------------------------------------------------------ group aliases

    def create_or_update_group_alias(
        self,
        name: str,
        alias_id: Optional[str] = None,
        mount_accessor: Optional[str] = None,
        canonical_id: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a group alias (the link of an external group to an auth method's group), or
        update it when ``alias_id`` names an existing one.

        ``POST /v1/{mount_point}/group-alias``

        :param name: the group's name in the auth method.
        :param alias_id: ID of the alias to update.
        :param mount_accessor: accessor of the auth method mount.
        :param canonical_id: ID of the external group the alias belongs to.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.id`` and ``data.canonical_id``).
        """
        params = utils.remove_nones(
            {"id": alias_id, "name": name, "mount_accessor": mount_accessor, "canonical_id": canonical_id}
        )
        return self._adapter.post(url=self._url("group-alias", mount_point), json=params)

    def update_group_alias(
        self,
        entity_id: str,
        name: str,
        mount_accessor: Optional[str] = None,
        canonical_id: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Update the group alias with the given ID.

        ``POST /v1/{mount_point}/group-alias/id/{entity_id}``

        :param entity_id: ID of the group alias (named ``entity_id`` for historical reasons).
        :param name: the group's name in the auth method.
        :param mount_accessor: accessor of the auth method mount.
        :param canonical_id: ID of the external group the alias belongs to.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        params = utils.remove_nones({"name": name, "mount_accessor": mount_accessor, "canonical_id": canonical_id})
        return self._adapter.post(url=self._url("group-alias/id/{id}", mount_point, id=entity_id), json=params)

    def read_group_alias(self, alias_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a group alias by ID.

        ``GET /v1/{mount_point}/group-alias/id/{alias_id}``

        :param alias_id: the alias's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the alias under ``data``).
        """
        return self._adapter.get(url=self._url("group-alias/id/{id}", mount_point, id=alias_id))

    def delete_group_alias(self, entity_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a group alias by ID.

        ``DELETE /v1/{mount_point}/group-alias/id/{entity_id}``

        :param entity_id: ID of the group alias (named ``entity_id`` for historical reasons).
        :param mount_point: where the identity engine is mounted.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("group-alias/id/{id}", mount_point, id=entity_id))

    def list_group_aliases(self, method: str = "LIST", mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the IDs of the group aliases.

        ``LIST /v1/{mount_point}/group-alias/id`` (or ``GET …?list=true``)

        :param method: ``LIST`` or ``GET``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list("group-alias/id", method, mount_point)

    # ------------------------------------------------------------------ lookups

    @staticmethod
    def _lookup_params(
        name: Optional[str],
        object_id: Optional[str],
        alias_id: Optional[str],
        alias_name: Optional[str],
        alias_mount_accessor: Optional[str],
    ) -> Dict[str, str]:
        """Body of a lookup: only the first criterion given is sent (name, ID, alias ID, then
        alias name together with its mount accessor)."""
        if name is not None:
            return {"name": name}
        if object_id is not None:
            return {"id": object_id}
        if alias_id is not None:
            return {"alias_id": alias_id}
        if alias_name is not None and alias_mount_accessor is not None:
            return {"alias_name": alias_name, "alias_mount_accessor": alias_mount_accessor}
        return {}

    def lookup_entity(
        self,
        name: Optional[str] = None,
        entity_id: Optional[str] = None,
        alias_id: Optional[str] = None,
        alias_name: Optional[str] = None,
        alias_mount_accessor: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Find an entity by name, ID, alias ID, or alias name and mount accessor.

        ``POST /v1/{mount_point}/lookup/entity``

        Only the first criterion given, in that order, is sent.

        :param name: the entity's name.
        :param entity_id: the entity's ID.
        :param alias_id: ID of one of its aliases.
        :param alias_name: name of one of its aliases (with ``alias_mount_accessor``).
        :param alias_mount_accessor: accessor of that alias's auth mount.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response, or the requests.Response (204) when nothing matches.
        """
        params = self._lookup_params(name, entity_id, alias_id, alias_name, alias_mount_accessor)
        return self._adapter.post(url=self._url("lookup/entity", mount_point), json=params)

    def lookup_group(
        self,
        name: Optional[str] = None,
        group_id: Optional[str] = None,
        alias_id: Optional[str] = None,
        alias_name: Optional[str] = None,
        alias_mount_accessor: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Find a group by name, ID, alias ID, or alias name and mount accessor.

        ``POST /v1/{mount_point}/lookup/group``

        Only the first criterion given, in that order, is sent.

        :param name: the group's name.
        :param group_id: the group's ID.
        :param alias_id: ID of its group alias.
        :param alias_name: name of its group alias (with ``alias_mount_accessor``).
        :param alias_mount_accessor: accessor of that alias's auth mount.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response, or the requests.Response (204) when nothing matches.
        """
        params = self._lookup_params(name, group_id, alias_id, alias_name, alias_mount_accessor)
        return self._adapter.post(url=self._url("lookup/group", mount_point), json=params)

    # ------------------------------------------------------------------ identity tokens (OIDC)

    def configure_tokens_backend(
        self, issuer: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Configure the identity-tokens backend.

        ``POST /v1/{mount_point}/oidc/config``

        :param issuer: scheme://host:port put in the ``iss`` claim of the tokens (Vault's address when unset).
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        params = utils.remove_nones({"issuer": issuer})
        return self._adapter.post(url=self._url("oidc/config", mount_point), json=params)

    def read_tokens_backend_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the identity-tokens backend configuration.

        ``GET /v1/{mount_point}/oidc/config``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.issuer``).
        """
        return self._adapter.get(url=self._url("oidc/config", mount_point))

    def create_named_key(
        self,
        name: str,
        rotation_period: str = "24h",
        verification_ttl: str = "24h",
        allowed_client_ids: Optional[_StrOrList] = None,
        algorithm: str = "RS256",
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a named key that signs identity tokens.

        ``POST /v1/{mount_point}/oidc/key/{name}`` (every field is sent, ``None`` included)

        :param name: the key's name.
        :param rotation_period: how often the key rotates.
        :param verification_ttl: how long a rotated-out public key stays available for verification.
        :param allowed_client_ids: role client IDs allowed to use the key (``"*"`` for all).
        :param algorithm: signing algorithm (RS256, RS384, RS512, ES256, ES384, ES512, EdDSA).
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        params = {
            "name": name,
            "rotation_period": rotation_period,
            "verification_ttl": verification_ttl,
            "allowed_client_ids": allowed_client_ids,
            "algorithm": algorithm,
        }
        return self._adapter.post(url=self._url("oidc/key/{name}", mount_point, name=name), json=params)

    def read_named_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a named key's configuration.

        ``GET /v1/{mount_point}/oidc/key/{name}``

        :param name: the key's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the key's settings under ``data``).
        """
        return self._adapter.get(url=self._url("oidc/key/{name}", mount_point, name=name))

    def delete_named_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a named key (refused while a role uses it).

        ``DELETE /v1/{mount_point}/oidc/key/{name}``

        :param name: the key's name.
        :param mount_point: where the identity engine is mounted.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("oidc/key/{name}", mount_point, name=name))

    def list_named_keys(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the named keys.

        ``LIST /v1/{mount_point}/oidc/key``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys``).
        """
        return self._adapter.list(url=self._url("oidc/key", mount_point))

    def rotate_named_key(
        self, name: str, verification_ttl: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Send a new ``verification_ttl`` for a named key.

        ``POST /v1/{mount_point}/oidc/key/{name}``

        As in the reference, this posts to the key itself (which updates its
        ``verification_ttl``), not to ``oidc/key/{name}/rotate``.

        :param name: the key's name.
        :param verification_ttl: how long the previous public key stays available for verification.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        params = {"verification_ttl": verification_ttl}
        return self._adapter.post(url=self._url("oidc/key/{name}", mount_point, name=name), json=params)

    def create_or_update_role(
        self,
        name: str,
        key: str,
        template: Optional[str] = None,
        client_id: Optional[str] = None,
        ttl: str = "24h",
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a role, which identity tokens are generated against.

        ``POST /v1/{mount_point}/oidc/role/{name}``

        :param name: the role's name.
        :param key: the named key that signs the role's tokens.
        :param template: JSON template of extra claims (a string).
        :param client_id: the ``aud`` claim (generated when unset).
        :param ttl: lifetime of the tokens.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response or the requests.Response (204).
        """
        params = utils.remove_nones({"key": key, "template": template, "client_id": client_id, "ttl": ttl})
        return self._adapter.post(url=self._url("oidc/role/{name}", mount_point, name=name), json=params)

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role.

        ``GET /v1/{mount_point}/oidc/role/{name}``

        :param name: the role's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the role under ``data``).
        """
        return self._adapter.get(url=self._url("oidc/role/{name}", mount_point, name=name))

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/{mount_point}/oidc/role/{name}``

        :param name: the role's name.
        :param mount_point: where the identity engine is mounted.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("oidc/role/{name}", mount_point, name=name))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the roles.

        ``LIST /v1/{mount_point}/oidc/role``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys``).
        """
        return self._adapter.list(url=self._url("oidc/role", mount_point))

    def generate_signed_id_token(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Generate a signed identity token for the calling token's entity, with a role.

        ``GET /v1/{mount_point}/oidc/token/{name}``

        :param name: the role's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.token``, ``data.client_id``, ``data.ttl``).
        """
        return self._adapter.get(url=self._url("oidc/token/{name}", mount_point, name=name))

    def introspect_signed_id_token(
        self, token: str, client_id: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Check that an identity token is valid (signature, expiry, audience).

        ``POST /v1/{mount_point}/oidc/introspect``

        :param token: the signed identity token.
        :param client_id: check the token's audience against this client ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``active`` and, when invalid, ``error``).
        """
        params = utils.remove_nones({"token": token, "client_id": client_id})
        return self._adapter.post(url=self._url("oidc/introspect", mount_point), json=params)

    def read_well_known_configurations(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the OpenID Connect discovery document of the identity tokens.

        ``GET /v1/{mount_point}/oidc/.well-known/openid-configuration``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``issuer``, ``jwks_uri``, ...).
        """
        return self._adapter.get(url=self._url("oidc/.well-known/openid-configuration", mount_point))

    def read_active_public_keys(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the public keys (JWKS) that verify identity tokens.

        ``GET /v1/{mount_point}/oidc/.well-known/keys``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``keys``).
        """
        return self._adapter.get(url=self._url("oidc/.well-known/keys", mount_point))

    # ------------------------------------------------------------------ shapes shared by the OpenBao additions

    def _write(self, template: str, fields: Dict[str, Any], mount_point: str, **path: Any) -> VaultResponse:
        """POST the fields that were given (``None`` left out) to ``template`` below the mount."""
        return self._adapter.post(url=self._url(template, mount_point, **path), json=utils.remove_nones(fields))

    def _read(self, template: str, mount_point: str, **path: Any) -> VaultResponse:
        return self._adapter.get(url=self._url(template, mount_point, **path))

    def _delete(self, template: str, mount_point: str, **path: Any) -> VaultResponse:
        return self._adapter.delete(url=self._url(template, mount_point, **path))

    def _list_keys(self, template: str, mount_point: str, **query: Any) -> VaultResponse:
        return self._adapter.list(url=self._url(template, mount_point), params=utils.remove_nones(query))

    def _write_mfa_method(
        self, method_type: str, method_id: Optional[str], fields: Dict[str, Any], mount_point: str
    ) -> VaultResponse:
        """Create an MFA method (OpenBao picks its ID) or, given ``method_id``, update that one."""
        if method_id is None:
            return self._write("mfa/method/{type}", fields, mount_point, type=method_type)
        return self._write("mfa/method/{type}/{id}", fields, mount_point, type=method_type, id=method_id)

    def _without_vault_token(
        self, method: str, template: str, name: str, mount_point: str, **kwargs: Any
    ) -> VaultResponse:
        """Send without the Vault token: the OIDC provider's token and userinfo endpoints
        authenticate the client or its access token instead, and OpenBao refuses userinfo when a
        Vault token comes along."""
        return self._adapter.with_token(None).request(method, self._url(template, mount_point, name=name), **kwargs)

    def _authorize(self, verb: str, name: str, fields: Dict[str, Any], mount_point: str) -> VaultResponse:
        utils.validate_allowed("response_type", fields["response_type"], _OIDC_RESPONSE_TYPES, noun="values")
        utils.validate_allowed(
            "code_challenge_method", fields["code_challenge_method"], _OIDC_CODE_CHALLENGE_METHODS, noun="values"
        )
        url = self._url("oidc/provider/{name}/authorize", mount_point, name=name)
        if verb == "get":
            return self._adapter.get(url=url, params=utils.remove_nones(fields))
        return self._adapter.post(url=url, json=utils.remove_nones(fields))

    def _userinfo(self, verb: str, name: str, access_token: str, mount_point: str) -> VaultResponse:
        headers = {"Authorization": f"Bearer {access_token}"}
        return self._without_vault_token(verb, "oidc/provider/{name}/userinfo", name, mount_point, headers=headers)

    # ------------------------------------------------------------------ login MFA methods

    def create_or_update_totp_mfa_method(
        self,
        issuer: str,
        method_id: Optional[str] = None,
        method_name: Optional[str] = None,
        period: Optional[_Ttl] = None,
        key_size: Optional[int] = None,
        qr_size: Optional[int] = None,
        algorithm: Optional[str] = None,
        digits: Optional[int] = None,
        skew: Optional[int] = None,
        max_validation_attempts: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a TOTP login MFA method, or replace the settings of an existing one.

        ``POST /v1/{mount_point}/mfa/method/totp`` (create) or ``.../mfa/method/totp/{method_id}`` (update)

        :param issuer: the organisation shown in authenticator apps (required on every write).
        :param method_id: ID of the method to update; leave out to create one.
        :param method_name: a unique name for the method.
        :param period: seconds (or a duration) each code is valid for (30 by default).
        :param key_size: size in bytes of the generated secrets (20 by default).
        :param qr_size: pixel size of the QR code returned with a secret (200 by default).
        :param algorithm: ``SHA1`` (default), ``SHA256`` or ``SHA512``.
        :param digits: code length, 6 (default) or 8.
        :param skew: periods of clock drift tolerated, 0 or 1 (default).
        :param max_validation_attempts: failed codes allowed before the login is refused.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.method_id`` on creation), else the requests.Response (204).
        """
        utils.validate_allowed("algorithm", algorithm, _TOTP_ALGORITHMS, noun="values")
        utils.validate_allowed("digits", digits, _TOTP_DIGITS, noun="values")
        fields = {
            "issuer": issuer,
            "method_name": method_name,
            "period": period,
            "key_size": key_size,
            "qr_size": qr_size,
            "algorithm": algorithm,
            "digits": digits,
            "skew": skew,
            "max_validation_attempts": max_validation_attempts,
        }
        return self._write_mfa_method("totp", method_id, fields, mount_point)

    def create_or_update_duo_mfa_method(
        self,
        integration_key: str,
        secret_key: str,
        api_hostname: str,
        method_id: Optional[str] = None,
        method_name: Optional[str] = None,
        push_info: Optional[str] = None,
        use_passcode: Optional[bool] = None,
        username_format: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a Duo login MFA method, or replace the settings of an existing one.

        ``POST /v1/{mount_point}/mfa/method/duo`` (create) or ``.../mfa/method/duo/{method_id}`` (update)

        :param integration_key: the Duo integration key.
        :param secret_key: the Duo secret key.
        :param api_hostname: the Duo API host name.
        :param method_id: ID of the method to update; leave out to create one.
        :param method_name: a unique name for the method.
        :param push_info: extra information shown in the Duo push.
        :param use_passcode: remind users to type a passcode rather than accept a push.
        :param username_format: template of the Duo user name, e.g. ``{{identity.entity.name}}@example.com``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.method_id`` on creation), else the requests.Response (204).
        """
        fields = {
            "integration_key": integration_key,
            "secret_key": secret_key,
            "api_hostname": api_hostname,
            "method_name": method_name,
            "push_info": push_info,
            "use_passcode": use_passcode,
            "username_format": username_format,
        }
        return self._write_mfa_method("duo", method_id, fields, mount_point)

    def create_or_update_okta_mfa_method(
        self,
        org_name: str,
        api_token: str,
        method_id: Optional[str] = None,
        method_name: Optional[str] = None,
        base_url: Optional[str] = None,
        primary_email: Optional[bool] = None,
        production: Optional[bool] = None,
        username_format: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create an Okta login MFA method, or replace the settings of an existing one.

        ``POST /v1/{mount_point}/mfa/method/okta`` (create) or ``.../mfa/method/okta/{method_id}`` (update)

        :param org_name: the Okta organisation name.
        :param api_token: an Okta API token.
        :param method_id: ID of the method to update; leave out to create one.
        :param method_name: a unique name for the method.
        :param base_url: the Okta API domain (``okta.com`` when unset).
        :param primary_email: match the user name against the primary email only.
        :param production: deprecated by OpenBao in favour of ``base_url``.
        :param username_format: template of the Okta user name, e.g. ``{{identity.entity.name}}@example.com``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.method_id`` on creation), else the requests.Response (204).
        """
        fields = {
            "org_name": org_name,
            "api_token": api_token,
            "method_name": method_name,
            "base_url": base_url,
            "primary_email": primary_email,
            "production": production,
            "username_format": username_format,
        }
        return self._write_mfa_method("okta", method_id, fields, mount_point)

    def create_or_update_pingid_mfa_method(
        self,
        settings_file_base64: str,
        method_id: Optional[str] = None,
        method_name: Optional[str] = None,
        username_format: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a PingID login MFA method, or replace the settings of an existing one.

        ``POST /v1/{mount_point}/mfa/method/pingid`` (create) or ``.../mfa/method/pingid/{method_id}`` (update)

        :param settings_file_base64: the PingID settings file (``key=value`` lines), base64-encoded.
        :param method_id: ID of the method to update; leave out to create one.
        :param method_name: a unique name for the method.
        :param username_format: template of the PingID user name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.method_id`` on creation), else the requests.Response (204).
        """
        fields = {
            "settings_file_base64": settings_file_base64,
            "method_name": method_name,
            "username_format": username_format,
        }
        return self._write_mfa_method("pingid", method_id, fields, mount_point)

    def read_totp_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a TOTP login MFA method.

        ``GET /v1/{mount_point}/mfa/method/totp/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the settings under ``data``).
        """
        return self._read("mfa/method/totp/{id}", mount_point, id=method_id)

    def read_duo_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a Duo login MFA method (its secret key is not returned).

        ``GET /v1/{mount_point}/mfa/method/duo/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the settings under ``data``).
        """
        return self._read("mfa/method/duo/{id}", mount_point, id=method_id)

    def read_okta_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an Okta login MFA method (its API token is not returned).

        ``GET /v1/{mount_point}/mfa/method/okta/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the settings under ``data``).
        """
        return self._read("mfa/method/okta/{id}", mount_point, id=method_id)

    def read_pingid_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a PingID login MFA method.

        ``GET /v1/{mount_point}/mfa/method/pingid/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the settings under ``data``).
        """
        return self._read("mfa/method/pingid/{id}", mount_point, id=method_id)

    def read_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a login MFA method by ID, whatever its type.

        ``GET /v1/{mount_point}/mfa/method/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the settings, with ``type``, under ``data``).
        """
        return self._read("mfa/method/{id}", mount_point, id=method_id)

    def delete_totp_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a TOTP login MFA method (refused while a login enforcement uses it).

        ``DELETE /v1/{mount_point}/mfa/method/totp/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("mfa/method/totp/{id}", mount_point, id=method_id)

    def delete_duo_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a Duo login MFA method (refused while a login enforcement uses it).

        ``DELETE /v1/{mount_point}/mfa/method/duo/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("mfa/method/duo/{id}", mount_point, id=method_id)

    def delete_okta_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an Okta login MFA method (refused while a login enforcement uses it).

        ``DELETE /v1/{mount_point}/mfa/method/okta/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("mfa/method/okta/{id}", mount_point, id=method_id)

    def delete_pingid_mfa_method(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a PingID login MFA method (refused while a login enforcement uses it).

        ``DELETE /v1/{mount_point}/mfa/method/pingid/{method_id}``

        :param method_id: the method's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("mfa/method/pingid/{id}", mount_point, id=method_id)

    def list_totp_mfa_methods(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the TOTP login MFA methods.

        ``LIST /v1/{mount_point}/mfa/method/totp``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("mfa/method/totp", mount_point)

    def list_duo_mfa_methods(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the Duo login MFA methods.

        ``LIST /v1/{mount_point}/mfa/method/duo``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("mfa/method/duo", mount_point)

    def list_okta_mfa_methods(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the Okta login MFA methods.

        ``LIST /v1/{mount_point}/mfa/method/okta``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("mfa/method/okta", mount_point)

    def list_pingid_mfa_methods(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the PingID login MFA methods.

        ``LIST /v1/{mount_point}/mfa/method/pingid``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("mfa/method/pingid", mount_point)

    def list_mfa_methods(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the login MFA methods of every type.

        ``LIST /v1/{mount_point}/mfa/method``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info`` with each method's ``type``).
        """
        return self._list_keys("mfa/method", mount_point)

    def generate_totp_mfa_secret(self, method_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Generate a TOTP secret of a method for the calling token's own entity.

        ``POST /v1/{mount_point}/mfa/method/totp/generate``

        When the entity already has a secret for the method, nothing is generated and the answer
        carries a warning instead.

        :param method_id: ID of the TOTP method.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.url``, an ``otpauth://`` URL, and ``data.barcode``, a base64 PNG).
        """
        return self._write("mfa/method/totp/generate", {"method_id": method_id}, mount_point)

    def admin_generate_totp_mfa_secret(
        self, method_id: str, entity_id: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Generate (or replace) the TOTP secret of a method for any entity.

        ``POST /v1/{mount_point}/mfa/method/totp/admin-generate``

        :param method_id: ID of the TOTP method.
        :param entity_id: ID of the entity that gets the secret.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.url``, an ``otpauth://`` URL, and ``data.barcode``, a base64 PNG).
        """
        fields = {"method_id": method_id, "entity_id": entity_id}
        return self._write("mfa/method/totp/admin-generate", fields, mount_point)

    def admin_destroy_totp_mfa_secret(
        self, method_id: str, entity_id: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Remove the TOTP secret of a method from an entity.

        ``POST /v1/{mount_point}/mfa/method/totp/admin-destroy``

        :param method_id: ID of the TOTP method.
        :param entity_id: ID of the entity whose secret is removed.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        fields = {"method_id": method_id, "entity_id": entity_id}
        return self._write("mfa/method/totp/admin-destroy", fields, mount_point)

    # ------------------------------------------------------------------ login MFA enforcements

    def create_or_update_login_enforcement(
        self,
        name: str,
        mfa_method_ids: _StrOrList,
        auth_method_accessors: Optional[_StrOrList] = None,
        auth_method_types: Optional[_StrOrList] = None,
        identity_group_ids: Optional[_StrOrList] = None,
        identity_entity_ids: Optional[_StrOrList] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or replace a login enforcement: which logins must pass which MFA methods.

        ``POST /v1/{mount_point}/mfa/login-enforcement/{name}``

        At least one target (accessors, types, groups or entities) must be given.

        :param name: the enforcement's name.
        :param mfa_method_ids: IDs of the MFA methods to pass (any one of them).
        :param auth_method_accessors: accessors of the auth mounts it applies to.
        :param auth_method_types: auth method types it applies to (e.g. ``userpass``).
        :param identity_group_ids: groups whose members it applies to.
        :param identity_entity_ids: entities it applies to.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        fields = {
            "mfa_method_ids": mfa_method_ids,
            "auth_method_accessors": auth_method_accessors,
            "auth_method_types": auth_method_types,
            "identity_group_ids": identity_group_ids,
            "identity_entity_ids": identity_entity_ids,
        }
        return self._write("mfa/login-enforcement/{name}", fields, mount_point, name=name)

    def read_login_enforcement(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a login enforcement.

        ``GET /v1/{mount_point}/mfa/login-enforcement/{name}``

        :param name: the enforcement's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the enforcement, with its ``id``, under ``data``).
        """
        return self._read("mfa/login-enforcement/{name}", mount_point, name=name)

    def delete_login_enforcement(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a login enforcement.

        ``DELETE /v1/{mount_point}/mfa/login-enforcement/{name}``

        :param name: the enforcement's name.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("mfa/login-enforcement/{name}", mount_point, name=name)

    def list_login_enforcements(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the login enforcements.

        ``LIST /v1/{mount_point}/mfa/login-enforcement``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("mfa/login-enforcement", mount_point)

    # ------------------------------------------------------------------ OpenBao as an OIDC provider

    def create_or_update_oidc_provider(
        self,
        name: str,
        issuer: Optional[str] = None,
        allowed_client_ids: Optional[_StrOrList] = None,
        scopes_supported: Optional[_StrOrList] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update an OIDC provider.

        ``POST /v1/{mount_point}/oidc/provider/{name}``

        :param name: the provider's name.
        :param issuer: scheme://host:port of the ``iss`` claim (OpenBao's address when unset).
        :param allowed_client_ids: client IDs allowed to use the provider (``"*"`` for all).
        :param scopes_supported: names of the scopes clients may request besides ``openid``.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        fields = {"issuer": issuer, "allowed_client_ids": allowed_client_ids, "scopes_supported": scopes_supported}
        return self._write("oidc/provider/{name}", fields, mount_point, name=name)

    def read_oidc_provider(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an OIDC provider.

        ``GET /v1/{mount_point}/oidc/provider/{name}``

        :param name: the provider's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.issuer`` and the provider's settings).
        """
        return self._read("oidc/provider/{name}", mount_point, name=name)

    def delete_oidc_provider(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an OIDC provider.

        ``DELETE /v1/{mount_point}/oidc/provider/{name}``

        :param name: the provider's name.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("oidc/provider/{name}", mount_point, name=name)

    def list_oidc_providers(
        self, allowed_client_id: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """List the OIDC providers (OpenBao always has one called ``default``).

        ``LIST /v1/{mount_point}/oidc/provider``

        :param allowed_client_id: only the providers that allow this client ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("oidc/provider", mount_point, allowed_client_id=allowed_client_id)

    def create_or_update_oidc_client(
        self,
        name: str,
        key: Optional[str] = None,
        redirect_uris: Optional[_StrOrList] = None,
        assignments: Optional[_StrOrList] = None,
        client_type: Optional[str] = None,
        id_token_ttl: Optional[_Ttl] = None,
        access_token_ttl: Optional[_Ttl] = None,
        authorization_code: Optional[bool] = None,
        client_credentials: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a client (relying party) of the OIDC providers.

        ``POST /v1/{mount_point}/oidc/client/{name}``

        OpenBao generates the ``client_id`` (and, for confidential clients, the ``client_secret``):
        read the client to get them.

        :param name: the client's name.
        :param key: named key that signs its ID tokens (``default`` when unset; fixed after creation).
        :param redirect_uris: URIs the authorization answers may be sent to.
        :param assignments: names of the assignments saying which entities and groups may use it.
        :param client_type: ``confidential`` (default, has a secret) or ``public`` (PKCE, no secret).
        :param id_token_ttl: lifetime of its ID tokens.
        :param access_token_ttl: lifetime of its access tokens.
        :param authorization_code: allow the authorization-code flow.
        :param client_credentials: allow the client-credentials flow.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        utils.validate_allowed("client_type", client_type, _OIDC_CLIENT_TYPES, noun="values")
        fields = {
            "key": key,
            "redirect_uris": redirect_uris,
            "assignments": assignments,
            "client_type": client_type,
            "id_token_ttl": id_token_ttl,
            "access_token_ttl": access_token_ttl,
            "authorization_code": authorization_code,
            "client_credentials": client_credentials,
        }
        return self._write("oidc/client/{name}", fields, mount_point, name=name)

    def read_oidc_client(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an OIDC client, with its ``client_id`` and ``client_secret``.

        ``GET /v1/{mount_point}/oidc/client/{name}``

        :param name: the client's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the client under ``data``).
        """
        return self._read("oidc/client/{name}", mount_point, name=name)

    def delete_oidc_client(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an OIDC client.

        ``DELETE /v1/{mount_point}/oidc/client/{name}``

        :param name: the client's name.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("oidc/client/{name}", mount_point, name=name)

    def list_oidc_clients(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the OIDC clients.

        ``LIST /v1/{mount_point}/oidc/client``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("oidc/client", mount_point)

    def create_or_update_oidc_assignment(
        self,
        name: str,
        entity_ids: Optional[_StrOrList] = None,
        group_ids: Optional[_StrOrList] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update an assignment: the entities and groups allowed to use a client.

        ``POST /v1/{mount_point}/oidc/assignment/{name}``

        :param name: the assignment's name.
        :param entity_ids: IDs of the entities it allows.
        :param group_ids: IDs of the groups whose members it allows.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        fields = {"entity_ids": entity_ids, "group_ids": group_ids}
        return self._write("oidc/assignment/{name}", fields, mount_point, name=name)

    def read_oidc_assignment(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an OIDC assignment.

        ``GET /v1/{mount_point}/oidc/assignment/{name}``

        :param name: the assignment's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.entity_ids`` and ``data.group_ids``).
        """
        return self._read("oidc/assignment/{name}", mount_point, name=name)

    def delete_oidc_assignment(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an OIDC assignment (refused while a client refers to it).

        ``DELETE /v1/{mount_point}/oidc/assignment/{name}``

        :param name: the assignment's name.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("oidc/assignment/{name}", mount_point, name=name)

    def list_oidc_assignments(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the OIDC assignments (OpenBao always has ``allow_all``).

        ``LIST /v1/{mount_point}/oidc/assignment``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys``).
        """
        return self._list_keys("oidc/assignment", mount_point)

    def create_or_update_oidc_scope(
        self,
        name: str,
        template: Optional[str] = None,
        description: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update an OIDC scope: the claims it adds to ID tokens and userinfo answers.

        ``POST /v1/{mount_point}/oidc/scope/{name}``

        :param name: the scope's name (``openid`` is reserved).
        :param template: JSON template of the claims (a string, plain or base64), e.g.
            ``{"groups": {{identity.entity.groups.names}}}``.
        :param description: what the scope is for.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        fields = {"template": template, "description": description}
        return self._write("oidc/scope/{name}", fields, mount_point, name=name)

    def read_oidc_scope(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an OIDC scope.

        ``GET /v1/{mount_point}/oidc/scope/{name}``

        :param name: the scope's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.template`` and ``data.description``).
        """
        return self._read("oidc/scope/{name}", mount_point, name=name)

    def delete_oidc_scope(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an OIDC scope (refused while a provider supports it).

        ``DELETE /v1/{mount_point}/oidc/scope/{name}``

        :param name: the scope's name.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("oidc/scope/{name}", mount_point, name=name)

    def list_oidc_scopes(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the OIDC scopes.

        ``LIST /v1/{mount_point}/oidc/scope``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys``).
        """
        return self._list_keys("oidc/scope", mount_point)

    def read_oidc_provider_openid_configuration(
        self, name: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Read a provider's OpenID Connect discovery document (no token needed).

        ``GET /v1/{mount_point}/oidc/provider/{name}/.well-known/openid-configuration``

        :param name: the provider's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded document (``issuer``, ``authorization_endpoint``, ``token_endpoint``, ``jwks_uri`` …).
        """
        return self._read("oidc/provider/{name}/.well-known/openid-configuration", mount_point, name=name)

    def read_oidc_provider_public_keys(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the public keys (JWKS) that verify a provider's ID tokens (no token needed).

        ``GET /v1/{mount_point}/oidc/provider/{name}/.well-known/keys``

        :param name: the provider's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded key set (``keys``: JWKs with ``kid``, ``kty``, ``alg`` …).
        """
        return self._read("oidc/provider/{name}/.well-known/keys", mount_point, name=name)

    def authorize_oidc_provider(
        self,
        name: str,
        client_id: str,
        scope: str,
        redirect_uri: str,
        response_type: str = "code",
        state: Optional[str] = None,
        nonce: Optional[str] = None,
        max_age: Optional[int] = None,
        code_challenge: Optional[str] = None,
        code_challenge_method: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Ask a provider for an authorization code, as the entity of the client's Vault token.

        ``GET /v1/{mount_point}/oidc/provider/{name}/authorize`` (the fields in the query string)

        :param name: the provider's name.
        :param client_id: the OIDC client's ``client_id``.
        :param scope: space-separated scopes, ``openid`` first (e.g. ``"openid profile"``).
        :param redirect_uri: one of the client's redirect URIs.
        :param response_type: ``code``, the only flow OpenBao serves here.
        :param state: opaque value handed back with the code.
        :param nonce: value put in the ID token's ``nonce`` claim.
        :param max_age: seconds since the token's login beyond which OpenBao refuses.
        :param code_challenge: PKCE challenge derived from the code verifier.
        :param code_challenge_method: ``S256`` or ``plain`` (OpenBao's default).
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``code`` and ``state``).
        """
        return self._authorize("get", name, _fields_of(locals()), mount_point)

    def authorize_oidc_provider_with_post(
        self,
        name: str,
        client_id: str,
        scope: str,
        redirect_uri: str,
        response_type: str = "code",
        state: Optional[str] = None,
        nonce: Optional[str] = None,
        max_age: Optional[int] = None,
        code_challenge: Optional[str] = None,
        code_challenge_method: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Ask a provider for an authorization code with a POST (the fields in a JSON body).

        ``POST /v1/{mount_point}/oidc/provider/{name}/authorize``

        :param name: the provider's name.
        :param client_id: the OIDC client's ``client_id``.
        :param scope: space-separated scopes, ``openid`` first.
        :param redirect_uri: one of the client's redirect URIs.
        :param response_type: ``code``, the only flow OpenBao serves here.
        :param state: opaque value handed back with the code.
        :param nonce: value put in the ID token's ``nonce`` claim.
        :param max_age: seconds since the token's login beyond which OpenBao refuses.
        :param code_challenge: PKCE challenge derived from the code verifier.
        :param code_challenge_method: ``S256`` or ``plain`` (OpenBao's default).
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``code`` and ``state``).
        """
        return self._authorize("post", name, _fields_of(locals()), mount_point)

    def request_oidc_provider_token(
        self,
        name: str,
        client_id: str,
        client_secret: Optional[str] = None,
        grant_type: str = "authorization_code",
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        code_verifier: Optional[str] = None,
        scope: Optional[str] = None,
        client_auth: str = "client_secret_basic",
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Exchange an authorization code (or the client's credentials) for tokens.

        ``POST /v1/{mount_point}/oidc/provider/{name}/token`` (form-encoded, without the Vault token)

        The client authenticates with its own credentials: HTTP Basic (``client_secret_basic``)
        or the ``client_id``/``client_secret`` form fields (``client_secret_post``). A public
        client has no secret: only its ``client_id`` is sent, with ``code_verifier``.

        :param name: the provider's name.
        :param client_id: the OIDC client's ``client_id``.
        :param client_secret: its ``client_secret`` (``None`` for a public client).
        :param grant_type: ``authorization_code`` or ``client_credentials``.
        :param code: the code :meth:`authorize_oidc_provider` returned.
        :param redirect_uri: the redirect URI given to ``authorize``.
        :param code_verifier: the PKCE verifier of the code challenge.
        :param scope: space-separated scopes (client-credentials flow).
        :param client_auth: ``client_secret_basic`` or ``client_secret_post``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``access_token``, ``id_token``, ``token_type``, ``expires_in``).
        """
        utils.validate_allowed("grant_type", grant_type, _OIDC_GRANT_TYPES, noun="values")
        utils.validate_allowed("client_auth", client_auth, _OIDC_CLIENT_AUTH_METHODS, noun="values")
        form = {
            "grant_type": grant_type,
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": code_verifier,
            "scope": scope,
        }
        basic_auth = None
        if client_secret is not None and client_auth == "client_secret_basic":
            basic_auth = (client_id, client_secret)
        else:
            form.update(client_id=client_id, client_secret=client_secret)
        return self._without_vault_token(
            "post", "oidc/provider/{name}/token", name, mount_point, data=utils.remove_nones(form), auth=basic_auth
        )

    def read_oidc_provider_userinfo(
        self, name: str, access_token: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Read the claims about the user an access token was issued for.

        ``GET /v1/{mount_point}/oidc/provider/{name}/userinfo`` (``Authorization: Bearer``, without the Vault token)

        :param name: the provider's name.
        :param access_token: the ``access_token`` :meth:`request_oidc_provider_token` returned.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded claims (``sub`` and those of the scopes granted).
        """
        return self._userinfo("get", name, access_token, mount_point)

    def read_oidc_provider_userinfo_with_post(
        self, name: str, access_token: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Read the claims about the user an access token was issued for, with a POST.

        ``POST /v1/{mount_point}/oidc/provider/{name}/userinfo`` (``Authorization: Bearer``, without the Vault token)

        :param name: the provider's name.
        :param access_token: the ``access_token`` :meth:`request_oidc_provider_token` returned.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded claims (``sub`` and those of the scopes granted).
        """
        return self._userinfo("post", name, access_token, mount_point)

    def rotate_named_key_now(
        self, name: str, verification_ttl: Optional[_Ttl] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Rotate a named key: a new key pair signs from now on.

        ``POST /v1/{mount_point}/oidc/key/{name}/rotate``

        Unlike :meth:`rotate_named_key` (which only updates the key's settings), this makes a new
        key pair; the previous public key stays published for ``verification_ttl``.

        :param name: the key's name.
        :param verification_ttl: how long the previous public key stays available (the key's own setting when unset).
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._write("oidc/key/{name}/rotate", {"verification_ttl": verification_ttl}, mount_point, name=name)

    # ------------------------------------------------------------------ batch delete and the legacy alias paths

    def batch_delete_entities(self, entity_ids: _StrOrList, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete several entities (and their aliases) at once.

        ``POST /v1/{mount_point}/entity/batch-delete``

        :param entity_ids: IDs of the entities to delete.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._write("entity/batch-delete", {"entity_ids": entity_ids}, mount_point)

    def create_legacy_alias(
        self,
        name: str,
        canonical_id: str,
        mount_accessor: str,
        alias_id: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create an entity alias (or update it, given ``alias_id``) through the old ``alias`` path.

        ``POST /v1/{mount_point}/alias``

        Kept by OpenBao for old clients; :meth:`create_or_update_entity_alias` is the current API.

        :param name: the alias name.
        :param canonical_id: ID of the entity the alias belongs to.
        :param mount_accessor: accessor of the auth method mount the alias comes from.
        :param alias_id: ID of the alias to update.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.id`` and ``data.canonical_id``).
        """
        fields = {"id": alias_id, "name": name, "canonical_id": canonical_id, "mount_accessor": mount_accessor}
        return self._write("alias", fields, mount_point)

    def read_legacy_alias(self, alias_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an entity alias through the old ``alias`` path.

        ``GET /v1/{mount_point}/alias/id/{alias_id}``

        :param alias_id: the alias's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the alias under ``data``).
        """
        return self._read("alias/id/{id}", mount_point, id=alias_id)

    def update_legacy_alias(
        self,
        alias_id: str,
        name: Optional[str] = None,
        canonical_id: Optional[str] = None,
        mount_accessor: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Update an entity alias through the old ``alias`` path.

        ``POST /v1/{mount_point}/alias/id/{alias_id}``

        :param alias_id: the alias's ID.
        :param name: the alias name.
        :param canonical_id: ID of the entity the alias belongs to.
        :param mount_accessor: accessor of the auth method mount the alias comes from.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.id`` and ``data.canonical_id``).
        """
        fields = {"name": name, "canonical_id": canonical_id, "mount_accessor": mount_accessor}
        return self._write("alias/id/{id}", fields, mount_point, id=alias_id)

    def delete_legacy_alias(self, alias_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an entity alias through the old ``alias`` path.

        ``DELETE /v1/{mount_point}/alias/id/{alias_id}``

        :param alias_id: the alias's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("alias/id/{id}", mount_point, id=alias_id)

    def list_legacy_aliases(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the entity aliases through the old ``alias`` path.

        ``LIST /v1/{mount_point}/alias/id``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("alias/id", mount_point)

    def create_persona(
        self,
        name: str,
        entity_id: Optional[str] = None,
        mount_accessor: Optional[str] = None,
        persona_id: Optional[str] = None,
        metadata: Optional[Dict[str, str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Write through the ``persona`` path, the oldest name of entity aliases.

        ``POST /v1/{mount_point}/persona``

        OpenBao 2.7.2 serves this write with its *entity* handler: it creates (or, given
        ``persona_id``, updates) an entity called ``name``, not an alias. Prefer
        :meth:`create_or_update_entity` and :meth:`create_or_update_entity_alias`.

        :param name: the name.
        :param entity_id: entity the persona belongs to (declared by OpenBao, not used by this handler).
        :param mount_accessor: accessor of the auth method mount (declared, not used by this handler).
        :param persona_id: ID of the object to update.
        :param metadata: string key/value pairs.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.id`` and ``data.name``).
        """
        _validate_metadata(metadata)
        fields = {
            "id": persona_id,
            "name": name,
            "entity_id": entity_id,
            "mount_accessor": mount_accessor,
            "metadata": metadata,
        }
        return self._write("persona", fields, mount_point)

    def read_persona(self, persona_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an entity alias through the old ``persona`` path.

        ``GET /v1/{mount_point}/persona/id/{persona_id}``

        :param persona_id: the alias's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the alias under ``data``).
        """
        return self._read("persona/id/{id}", mount_point, id=persona_id)

    def update_persona(
        self,
        persona_id: str,
        name: Optional[str] = None,
        entity_id: Optional[str] = None,
        mount_accessor: Optional[str] = None,
        metadata: Optional[Dict[str, str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Update through the old ``persona`` path (OpenBao 2.7.2 updates the *entity* with that ID).

        ``POST /v1/{mount_point}/persona/id/{persona_id}``

        :param persona_id: ID of the object to update.
        :param name: the new name.
        :param entity_id: entity the persona belongs to (declared, not used by this handler).
        :param mount_accessor: accessor of the auth method mount (declared, not used by this handler).
        :param metadata: string key/value pairs.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        _validate_metadata(metadata)
        fields = {"name": name, "entity_id": entity_id, "mount_accessor": mount_accessor, "metadata": metadata}
        return self._write("persona/id/{id}", fields, mount_point, id=persona_id)

    def delete_persona(self, persona_id: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an entity alias through the old ``persona`` path.

        ``DELETE /v1/{mount_point}/persona/id/{persona_id}``

        :param persona_id: the alias's ID.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("persona/id/{id}", mount_point, id=persona_id)

    def list_personas(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the entity aliases through the old ``persona`` path.

        ``LIST /v1/{mount_point}/persona/id``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("persona/id", mount_point)
