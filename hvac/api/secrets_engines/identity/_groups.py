"""Identity groups and group aliases."""
from typing import Any, Dict, List, Optional

from hvac import utils
from hvac.api.secrets_engines.identity._base import IdentityBase, _StrOrList, _validate_group_args, logger
from hvac.api.vault_api_base import VaultResponse
from hvac.constants.identity import DEFAULT_MOUNT_POINT


class Groups(IdentityBase[VaultResponse]):
    """Groups of entities and their aliases."""

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
