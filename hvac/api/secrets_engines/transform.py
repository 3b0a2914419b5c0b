"""Transform secrets engine: format-preserving encryption, masking and tokenization."""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "transform"


class Transform(VaultApiBase[VaultResponse]):
    """Transform secrets engine (``/v1/{mount_point}/...``)."""

    # --- roles ----------------------------------------------------------------------------

    def create_or_update_role(
        self, name: str, transformations: List[str], mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Create or update a role: the set of transformations it may use.

        ``POST /v1/{mount_point}/role/{name}``

        :param name: role name.
        :param transformations: names of the transformations.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        api_path = utils.format_url("/v1/{mount_point}/role/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json={"transformations": transformations})

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role.

        ``GET /v1/{mount_point}/role/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/role/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the role names.

        ``LIST /v1/{mount_point}/role``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/role", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/{mount_point}/role/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url("/v1/{mount_point}/role/{name}", mount_point=mount_point, name=name)
        return self._adapter.delete(url=api_path)

    # --- transformations ------------------------------------------------------------------

    def create_or_update_transformation(
        self,
        name: str,
        transform_type: str,
        template: str,
        tweak_source: str = "supplied",
        masking_character: str = "*",
        allowed_roles: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a transformation of any type (generic endpoint).

        ``POST /v1/{mount_point}/transformation/{name}``

        :param name: transformation name.
        :param transform_type: ``fpe`` or ``masking`` (sent as ``type``).
        :param template: template name.
        :param tweak_source: ``supplied``, ``generated`` or ``internal`` (fpe).
        :param masking_character: character that replaces masked data (masking).
        :param allowed_roles: roles allowed to use this transformation.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params: Dict[str, Any] = {
            "type": transform_type,
            "template": template,
            "tweak_source": tweak_source,
            "masking_character": masking_character,
        }
        params.update(utils.remove_nones({"allowed_roles": allowed_roles}))
        api_path = utils.format_url("/v1/{mount_point}/transformation/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json=params)

    def create_or_update_fpe_transformation(
        self,
        name: str,
        template: str,
        tweak_source: str = "supplied",
        allowed_roles: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a format-preserving encryption transformation.

        ``POST /v1/{mount_point}/transformations/fpe/{name}``

        :param name: transformation name.
        :param template: template name.
        :param tweak_source: ``supplied``, ``generated`` or ``internal``.
        :param allowed_roles: roles allowed to use this transformation.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._post_typed_transformation(
            "fpe", name, {"template": template, "tweak_source": tweak_source}, allowed_roles, mount_point
        )

    def create_or_update_masking_transformation(
        self,
        name: str,
        template: str,
        masking_character: str = "*",
        allowed_roles: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a masking transformation.

        ``POST /v1/{mount_point}/transformations/masking/{name}``

        :param name: transformation name.
        :param template: template name.
        :param masking_character: character that replaces masked data.
        :param allowed_roles: roles allowed to use this transformation.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        return self._post_typed_transformation(
            "masking", name, {"template": template, "masking_character": masking_character}, allowed_roles, mount_point
        )

    def create_or_update_tokenization_transformation(
        self,
        name: str,
        max_ttl: Union[str, int] = 0,
        mapping_mode: str = "default",
        allowed_roles: Optional[List[str]] = None,
        stores: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a tokenization transformation.

        ``POST /v1/{mount_point}/transformations/tokenization/{name}``

        :param name: transformation name.
        :param max_ttl: maximum lifetime of tokens (0: no limit).
        :param mapping_mode: ``default`` or ``exportable``.
        :param allowed_roles: roles allowed to use this transformation.
        :param stores: stores holding the tokens (default ``["builtin/internal"]``).
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params = {
            "max_ttl": max_ttl,
            "mapping_mode": mapping_mode,
            "stores": ["builtin/internal"] if stores is None else stores,
        }
        return self._post_typed_transformation("tokenization", name, params, allowed_roles, mount_point)

    def read_transformation(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a transformation.

        ``GET /v1/{mount_point}/transformation/{name}``

        :param name: transformation name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/transformation/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def list_transformations(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the transformation names.

        ``LIST /v1/{mount_point}/transformation``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/transformation", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def delete_transformation(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a transformation.

        ``DELETE /v1/{mount_point}/transformation/{name}``

        :param name: transformation name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url("/v1/{mount_point}/transformation/{name}", mount_point=mount_point, name=name)
        return self._adapter.delete(url=api_path)

    # --- templates and alphabets ----------------------------------------------------------

    def create_or_update_template(
        self, name: str, template_type: str, pattern: str, alphabet: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Create or update a template: the pattern of the data a transformation applies to.

        ``POST /v1/{mount_point}/template/{name}``

        :param name: template name.
        :param template_type: ``regex`` (sent as ``type``).
        :param pattern: regular expression whose capture groups are transformed.
        :param alphabet: alphabet name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params = {"type": template_type, "pattern": pattern, "alphabet": alphabet}
        api_path = utils.format_url("/v1/{mount_point}/template/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json=params)

    def read_template(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a template.

        ``GET /v1/{mount_point}/template/{name}``

        :param name: template name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/template/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def list_templates(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the template names.

        ``LIST /v1/{mount_point}/template``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/template", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def delete_template(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a template; the name is also sent in a JSON body, as the reference does.

        ``DELETE /v1/{mount_point}/template/{name}``

        :param name: template name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url("/v1/{mount_point}/template/{name}", mount_point=mount_point, name=name)
        return self._adapter.delete(url=api_path, json={"name": name})

    def create_or_update_alphabet(
        self, name: str, alphabet: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Create or update an alphabet: the characters a template's data is made of.

        ``POST /v1/{mount_point}/alphabet/{name}``

        :param name: alphabet name.
        :param alphabet: the characters, e.g. ``"0123456789"``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        api_path = utils.format_url("/v1/{mount_point}/alphabet/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json={"alphabet": alphabet})

    def read_alphabet(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an alphabet.

        ``GET /v1/{mount_point}/alphabet/{name}``

        :param name: alphabet name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/alphabet/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def list_alphabets(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the alphabet names.

        ``LIST /v1/{mount_point}/alphabet``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/alphabet", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def delete_alphabet(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an alphabet.

        ``DELETE /v1/{mount_point}/alphabet/{name}``

        :param name: alphabet name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url("/v1/{mount_point}/alphabet/{name}", mount_point=mount_point, name=name)
        return self._adapter.delete(url=api_path)

    # --- tokenization stores --------------------------------------------------------------

    def create_or_update_tokenization_store(
        self,
        name: str,
        driver: str,
        connection_string: str,
        username: Optional[str] = None,
        password: Optional[str] = None,
        type: str = "sql",
        supported_transformations: Optional[List[str]] = None,
        schema: str = "public",
        max_open_connections: int = 4,
        max_idle_connections: int = 4,
        max_connection_lifetime: Union[str, int] = 0,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update an external store for tokenization state.

        ``POST /v1/{mount_point}/store/{name}``

        The reference sends the transformations under the key ``"supported_transformations:"``
        (with a trailing colon); that is reproduced.

        :param name: store name.
        :param driver: database driver, e.g. ``postgres`` or ``mysql``.
        :param connection_string: connection string, may use ``{{username}}``/``{{password}}``.
        :param username: database user.
        :param password: that user's password.
        :param type: store type (``sql``).
        :param supported_transformations: transformation types the store holds (default ``["tokenization"]``).
        :param schema: database schema.
        :param max_open_connections: connection pool limit.
        :param max_idle_connections: idle connection limit.
        :param max_connection_lifetime: maximum lifetime of a connection (0: unlimited).
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params: Dict[str, Any] = {
            "type": type,
            "driver": driver,
            "connection_string": connection_string,
            "supported_transformations:": (
                ["tokenization"] if supported_transformations is None else supported_transformations
            ),
            "schema": schema,
            "max_open_connections": max_open_connections,
            "max_idle_connections": max_idle_connections,
            "max_connection_lifetime": max_connection_lifetime,
        }
        params.update(utils.remove_nones({"username": username, "password": password}))
        api_path = utils.format_url("/v1/{mount_point}/store/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json=params)

    # --- data operations ------------------------------------------------------------------

    def encode(
        self,
        role_name: str,
        value: Optional[str] = None,
        transformation: Optional[str] = None,
        tweak: Optional[str] = None,
        batch_input: Optional[List[Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Transform (encode) a value, or a batch of values, with one of the role's transformations.

        ``POST /v1/{mount_point}/encode/{role_name}``

        :param role_name: role name.
        :param value: the value to encode.
        :param transformation: transformation to use (needed when the role has several).
        :param tweak: base64 tweak (fpe with a ``supplied`` tweak source).
        :param batch_input: list of items, each with ``value``/``transformation``/``tweak``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.encoded_value``), or the requests.Response.
        """
        params = {"value": value, "transformation": transformation, "tweak": tweak, "batch_input": batch_input}
        return self._post_for_role("encode", role_name, utils.remove_nones(params), mount_point)

    def decode(
        self,
        role_name: str,
        value: Optional[str] = None,
        transformation: Optional[str] = None,
        tweak: Optional[str] = None,
        batch_input: Optional[List[Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Reverse (decode) an encoded value, or a batch of them.

        ``POST /v1/{mount_point}/decode/{role_name}``

        :param role_name: role name.
        :param value: the value to decode.
        :param transformation: transformation to use (needed when the role has several).
        :param tweak: base64 tweak used when encoding.
        :param batch_input: list of items, each with ``value``/``transformation``/``tweak``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.decoded_value``), or the requests.Response.
        """
        params = {"value": value, "transformation": transformation, "tweak": tweak, "batch_input": batch_input}
        return self._post_for_role("decode", role_name, utils.remove_nones(params), mount_point)

    def validate_token(
        self,
        role_name: str,
        value: str,
        transformation: str,
        batch_input: Optional[List[Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Tell whether a token is valid and not expired.

        ``POST /v1/{mount_point}/validate/{role_name}``

        :param role_name: role name.
        :param value: the token.
        :param transformation: tokenization transformation.
        :param batch_input: list of items, each with ``value``/``transformation``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.valid``), or the requests.Response.
        """
        return self._post_token_query("validate", role_name, value, transformation, batch_input, mount_point)

    def check_tokenization(
        self,
        role_name: str,
        value: str,
        transformation: str,
        batch_input: Optional[List[Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Tell whether a plaintext value has been tokenized already (non-convergent not supported).

        ``POST /v1/{mount_point}/tokenized/{role_name}``

        :param role_name: role name.
        :param value: the plaintext.
        :param transformation: tokenization transformation.
        :param batch_input: list of items, each with ``value``/``transformation``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.tokenized``), or the requests.Response.
        """
        return self._post_token_query("tokenized", role_name, value, transformation, batch_input, mount_point)

    def retrieve_token_metadata(
        self,
        role_name: str,
        value: str,
        transformation: str,
        batch_input: Optional[List[Any]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Read the metadata stored with a token.

        ``POST /v1/{mount_point}/metadata/{role_name}``

        :param role_name: role name.
        :param value: the token.
        :param transformation: tokenization transformation.
        :param batch_input: list of items, each with ``value``/``transformation``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.metadata``), or the requests.Response.
        """
        return self._post_token_query("metadata", role_name, value, transformation, batch_input, mount_point)

    # --- tokenization state and keys ------------------------------------------------------

    def snapshot_tokenization_state(
        self, name: str, limit: int = 1000, continuation: str = "", mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Export a page of a tokenization transformation's state, for restoring elsewhere.

        ``POST /v1/{mount_point}/transformations/tokenization/snapshot/{name}``

        :param name: transformation name.
        :param limit: maximum number of values per page.
        :param continuation: the ``continuation`` of the previous page (``""`` for the first).
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.values``, ``data.continuation``), or the requests.Response.
        """
        return self._post_state_page("snapshot", name, limit, continuation, mount_point)

    def restore_tokenization_state(
        self, name: str, values: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Load values produced by :meth:`snapshot_tokenization_state`.

        ``POST /v1/{mount_point}/transformations/tokenization/restore/{name}``

        :param name: transformation name.
        :param values: the snapshot's ``values``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        api_path = utils.format_url(
            "/v1/{mount_point}/transformations/tokenization/restore/{name}", mount_point=mount_point, name=name
        )
        return self._adapter.post(url=api_path, json={"values": values})

    def export_decoded_tokenization_state(
        self, name: str, limit: int = 1000, continuation: str = "", mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Export a page of decoded (plaintext) values of an ``exportable`` tokenization transformation.

        ``POST /v1/{mount_point}/transformations/tokenization/export-decoded/{name}``

        :param name: transformation name.
        :param limit: maximum number of values per page.
        :param continuation: the ``continuation`` of the previous page (``""`` for the first).
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        return self._post_state_page("export-decoded", name, limit, continuation, mount_point)

    def rotate_tokenization_key(self, transform_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Add a new version of a tokenization transformation's key.

        ``POST /v1/{mount_point}/tokenization/keys/{transform_name}/rotate``

        :param transform_name: transformation name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        api_path = utils.format_url(
            "/v1/{mount_point}/tokenization/keys/{transform_name}/rotate",
            mount_point=mount_point,
            transform_name=transform_name,
        )
        return self._adapter.post(url=api_path)

    def update_tokenization_key_config(
        self, transform_name: str, min_decryption_version: int, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Set the oldest key version that may still decode.

        ``POST /v1/{mount_point}/tokenization/keys/{transform_name}/config``

        :param transform_name: transformation name (also sent in the body).
        :param min_decryption_version: oldest usable key version.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params = {"transform_name": transform_name, "min_decryption_version": min_decryption_version}
        api_path = utils.format_url(
            "/v1/{mount_point}/tokenization/keys/{transform_name}/config",
            mount_point=mount_point,
            transform_name=transform_name,
        )
        return self._adapter.post(url=api_path, json=params)

    def list_tokenization_key_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the tokenization transformations that have keys.

        ``LIST /v1/{mount_point}/tokenization/keys``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/tokenization/keys", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def read_tokenization_key_configuration(
        self, transform_name: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Read the key configuration of a tokenization transformation.

        ``GET /v1/{mount_point}/tokenization/keys/{transform_name}``

        :param transform_name: transformation name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url(
            "/v1/{mount_point}/tokenization/keys/{transform_name}",
            mount_point=mount_point,
            transform_name=transform_name,
        )
        return self._adapter.get(url=api_path)

    def trim_tokenization_key_version(
        self, transform_name: str, min_available_version: int, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Delete the key versions older than ``min_available_version``.

        ``POST /v1/{mount_point}/tokenization/keys/{transform_name}/trim``

        :param transform_name: transformation name.
        :param min_available_version: oldest version to keep.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        api_path = utils.format_url(
            "/v1/{mount_point}/tokenization/keys/{transform_name}/trim",
            mount_point=mount_point,
            transform_name=transform_name,
        )
        return self._adapter.post(url=api_path, json={"min_available_version": min_available_version})

    # --- shared ---------------------------------------------------------------------------

    def _post_typed_transformation(
        self,
        transform_type: str,
        name: str,
        params: Dict[str, Any],
        allowed_roles: Optional[List[str]],
        mount_point: str,
    ) -> VaultResponse:
        """POST to ``transformations/<type>/<name>``, adding ``allowed_roles`` when given."""
        body = {**params, **utils.remove_nones({"allowed_roles": allowed_roles})}
        api_path = utils.format_url(
            "/v1/{mount_point}/transformations/{transform_type}/{name}",
            mount_point=mount_point,
            transform_type=transform_type,
            name=name,
        )
        return self._adapter.post(url=api_path, json=body)

    def _post_for_role(self, action: str, role_name: str, params: Dict[str, Any], mount_point: str) -> VaultResponse:
        """POST ``params`` to ``<action>/<role_name>``."""
        api_path = utils.format_url(
            "/v1/{mount_point}/{action}/{role_name}", mount_point=mount_point, action=action, role_name=role_name
        )
        return self._adapter.post(url=api_path, json=params)

    def _post_token_query(
        self,
        action: str,
        role_name: str,
        value: str,
        transformation: str,
        batch_input: Optional[List[Any]],
        mount_point: str,
    ) -> VaultResponse:
        """Token look-ups: ``value`` and ``transformation`` always sent, ``batch_input`` when given."""
        params: Dict[str, Any] = {"value": value, "transformation": transformation}
        params.update(utils.remove_nones({"batch_input": batch_input}))
        return self._post_for_role(action, role_name, params, mount_point)

    def _post_state_page(
        self, action: str, name: str, limit: int, continuation: str, mount_point: str
    ) -> VaultResponse:
        """POST a paged ``transformations/tokenization/<action>/<name>`` request."""
        api_path = utils.format_url(
            "/v1/{mount_point}/transformations/tokenization/{action}/{name}",
            mount_point=mount_point,
            action=action,
            name=name,
        )
        return self._adapter.post(url=api_path, json={"limit": limit, "continuation": continuation})
