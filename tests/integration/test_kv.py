"""KV secrets engine, versions 1 and 2, against the shared OpenBao dev server.

Each test mounts its own engine at a unique path and unmounts it afterwards.
"""
import warnings

import pytest

from hvac import exceptions


@pytest.fixture
def kv1_mount(mount_engine) -> str:
    return mount_engine("kv", options={"version": "1"})


@pytest.fixture
def kv2_mount(mount_engine) -> str:
    return mount_engine("kv", options={"version": "2"})


@pytest.fixture
def v2(client):
    return client.secrets.kv.v2


# --------------------------------------------------------------------------- v1


def test_kv_v1_lifecycle(client, kv1_mount):
    v1 = client.secrets.kv.v1

    # method omitted: the read raises InvalidPath, so it creates with POST
    v1.create_or_update_secret(path="app/db", secret={"user": "alice"}, mount_point=kv1_mount)
    assert v1.read_secret(path="app/db", mount_point=kv1_mount)["data"] == {"user": "alice"}

    # method omitted, secret exists: PUT replaces the whole value
    v1.create_or_update_secret(path="app/db", secret={"user": "bob", "pw": "x"}, mount_point=kv1_mount)
    assert v1.read_secret(path="app/db", mount_point=kv1_mount)["data"] == {"user": "bob", "pw": "x"}

    # explicit verbs
    v1.create_or_update_secret(path="app/cache", secret={"a": "1"}, method="POST", mount_point=kv1_mount)
    v1.create_or_update_secret(path="app/cache", secret={"a": "2"}, method="PUT", mount_point=kv1_mount)
    assert v1.read_secret(path="app/cache", mount_point=kv1_mount)["data"] == {"a": "2"}
    v1.create_or_update_secret(path="top", secret={"k": "v"}, mount_point=kv1_mount)

    assert sorted(v1.list_secrets(path="app", mount_point=kv1_mount)["data"]["keys"]) == ["cache", "db"]
    assert sorted(v1.list_secrets(path="", mount_point=kv1_mount)["data"]["keys"]) == ["app/", "top"]

    with pytest.raises(exceptions.ParamValidationError, match="POST or PUT allowed"):
        v1.create_or_update_secret(path="app/db", secret={}, method="PATCH", mount_point=kv1_mount)

    for path in ("app/db", "app/cache", "top"):
        response = v1.delete_secret(path=path, mount_point=kv1_mount)
        assert response.status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        v1.read_secret(path="app/db", mount_point=kv1_mount)
    with pytest.raises(exceptions.InvalidPath):
        v1.list_secrets(path="app", mount_point=kv1_mount)


def test_kv_default_version_switches_methods(client, kv1_mount):
    kv = client.secrets.kv
    assert kv.default_kv_version == "2"
    kv.default_kv_version = 1
    try:
        assert kv.default_kv_version == "1"
        kv.create_or_update_secret(path="via-default", secret={"v": "1"}, mount_point=kv1_mount)
        assert kv.read_secret(path="via-default", mount_point=kv1_mount)["data"] == {"v": "1"}
        kv.delete_secret(path="via-default", mount_point=kv1_mount)
        with pytest.raises(ValueError):
            kv.default_kv_version = "3"
    finally:
        kv.default_kv_version = "2"
    assert kv.v2 is client.secrets.kv.v2


# --------------------------------------------------------------------------- v2


def test_kv_v2_configure_and_read_configuration(v2, kv2_mount):
    v2.configure(max_versions=5, cas_required=True, delete_version_after="1h", mount_point=kv2_mount)
    config = v2.read_configuration(mount_point=kv2_mount)["data"]
    assert config["max_versions"] == 5
    assert config["cas_required"] is True
    assert config["delete_version_after"] == "1h0m0s"

    # cas_required on the mount: a write without cas is refused
    with pytest.raises(exceptions.InvalidRequest):
        v2.create_or_update_secret(path="s", secret={"a": 1}, mount_point=kv2_mount)
    v2.create_or_update_secret(path="s", secret={"a": 1}, cas=0, mount_point=kv2_mount)

    # defaults: 10 versions, never delete; cas_required is not sent, so it keeps its value
    v2.configure(mount_point=kv2_mount)
    config = v2.read_configuration(mount_point=kv2_mount)["data"]
    assert config["max_versions"] == 10
    assert config["cas_required"] is True
    v2.configure(cas_required=False, mount_point=kv2_mount)
    assert v2.read_configuration(mount_point=kv2_mount)["data"]["cas_required"] is False
    assert config["delete_version_after"] == "0s"


def test_kv_v2_versions_and_cas(client, v2, kv2_mount):
    first = v2.create_or_update_secret(path="app", secret={"n": "1"}, cas=0, mount_point=kv2_mount)
    assert first["data"]["version"] == 1
    # cas=0 means "only if absent": the secret exists now
    with pytest.raises(exceptions.InvalidRequest, match="check-and-set"):
        v2.create_or_update_secret(path="app", secret={"n": "x"}, cas=0, mount_point=kv2_mount)
    second = v2.create_or_update_secret(path="app", secret={"n": "2"}, cas=1, mount_point=kv2_mount)
    assert second["data"]["version"] == 2
    # a stale cas is refused
    with pytest.raises(exceptions.InvalidRequest):
        v2.create_or_update_secret(path="app", secret={"n": "x"}, cas=1, mount_point=kv2_mount)
    v2.create_or_update_secret(path="app", secret={"n": "3"}, mount_point=kv2_mount)

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an explicit raise_on_deleted_version must not warn
        latest = v2.read_secret(path="app", mount_point=kv2_mount, raise_on_deleted_version=True)
        old = v2.read_secret_version(path="app", version=1, mount_point=kv2_mount, raise_on_deleted_version=True)
    assert latest["data"]["data"] == {"n": "3"}
    assert latest["data"]["metadata"]["version"] == 3
    assert old["data"]["data"] == {"n": "1"}

    with pytest.warns(DeprecationWarning, match="raise_on_deleted_version"):
        assert v2.read_secret_version(path="app", version=2, mount_point=kv2_mount)["data"]["data"] == {"n": "2"}

    # the Kv front forwards to v2 by default
    front = client.secrets.kv.read_secret_version(path="app", mount_point=kv2_mount, raise_on_deleted_version=True)
    assert front["data"]["data"] == {"n": "3"}
    with pytest.raises(exceptions.InvalidPath):
        v2.read_secret(path="missing", mount_point=kv2_mount, raise_on_deleted_version=True)


def test_kv_v2_patch(v2, kv2_mount):
    v2.create_or_update_secret(path="p", secret={"a": "1", "b": "2"}, mount_point=kv2_mount)
    with pytest.warns(DeprecationWarning):
        result = v2.patch(path="p", secret={"b": "3", "c": "4"}, mount_point=kv2_mount)
    assert result["data"]["version"] == 2
    data = v2.read_secret(path="p", mount_point=kv2_mount, raise_on_deleted_version=True)["data"]["data"]
    assert data == {"a": "1", "b": "3", "c": "4"}

    with pytest.warns(DeprecationWarning):
        with pytest.raises(exceptions.InvalidPath, match="patch only works on existing data"):
            v2.patch(path="nope", secret={"a": "1"}, mount_point=kv2_mount)


def test_kv_v2_soft_delete_undelete_destroy(v2, kv2_mount):
    for value in ("1", "2", "3", "4"):
        v2.create_or_update_secret(path="d", secret={"v": value}, mount_point=kv2_mount)

    assert v2.delete_latest_version_of_secret(path="d", mount_point=kv2_mount).status_code == 204

    # the deleted latest version: returned as the 404 body with False, raised with True
    body = v2.read_secret_version(path="d", mount_point=kv2_mount, raise_on_deleted_version=False)
    assert body["data"]["data"] is None
    assert body["data"]["metadata"]["version"] == 4
    assert body["data"]["metadata"]["deletion_time"]
    with pytest.raises(exceptions.InvalidPath):
        v2.read_secret_version(path="d", mount_point=kv2_mount, raise_on_deleted_version=True)
    with pytest.warns(DeprecationWarning):
        with pytest.raises(exceptions.InvalidPath):
            v2.read_secret_version(path="d", mount_point=kv2_mount)

    v2.delete_secret_versions(path="d", versions=[1, 2], mount_point=kv2_mount)
    versions = v2.read_secret_metadata(path="d", mount_point=kv2_mount)["data"]["versions"]
    assert versions["1"]["deletion_time"] and versions["2"]["deletion_time"]
    assert versions["3"]["deletion_time"] == ""

    v2.undelete_secret_versions(path="d", versions=[1, 4], mount_point=kv2_mount)
    read = v2.read_secret_version(path="d", version=1, mount_point=kv2_mount, raise_on_deleted_version=True)
    assert read["data"]["data"] == {"v": "1"}
    latest = v2.read_secret(path="d", mount_point=kv2_mount, raise_on_deleted_version=True)
    assert latest["data"]["data"] == {"v": "4"}

    v2.destroy_secret_versions(path="d", versions=[3], mount_point=kv2_mount)
    versions = v2.read_secret_metadata(path="d", mount_point=kv2_mount)["data"]["versions"]
    assert versions["3"]["destroyed"] is True
    # a destroyed version has no deletion time: it raises even with raise_on_deleted_version=False
    with pytest.raises(exceptions.InvalidPath):
        v2.read_secret_version(path="d", version=3, mount_point=kv2_mount, raise_on_deleted_version=False)

    for method in (v2.delete_secret_versions, v2.undelete_secret_versions, v2.destroy_secret_versions):
        with pytest.raises(exceptions.ParamValidationError, match="versions"):
            method(path="d", versions=[], mount_point=kv2_mount)
        with pytest.raises(exceptions.ParamValidationError, match="versions"):
            method(path="d", versions=3, mount_point=kv2_mount)


def test_kv_v2_metadata_list_and_delete_all(v2, kv2_mount):
    v2.create_or_update_secret(path="team/a", secret={"x": "1"}, mount_point=kv2_mount)
    v2.create_or_update_secret(path="team/b", secret={"x": "2"}, mount_point=kv2_mount)
    v2.create_or_update_secret(path="team/sub/c", secret={"x": "3"}, mount_point=kv2_mount)
    assert sorted(v2.list_secrets(path="team", mount_point=kv2_mount)["data"]["keys"]) == ["a", "b", "sub/"]

    v2.update_metadata(
        path="team/a",
        max_versions=3,
        cas_required=True,
        delete_version_after="2h",
        custom_metadata={"owner": "alice", "env": "prod"},
        mount_point=kv2_mount,
    )
    meta = v2.read_secret_metadata(path="team/a", mount_point=kv2_mount)["data"]
    assert meta["max_versions"] == 3
    assert meta["cas_required"] is True
    assert meta["delete_version_after"] == "2h0m0s"
    assert meta["custom_metadata"] == {"owner": "alice", "env": "prod"}
    assert meta["current_version"] == 1

    # cas_required on the secret: writes without cas are refused
    with pytest.raises(exceptions.InvalidRequest):
        v2.create_or_update_secret(path="team/a", secret={"x": "new"}, mount_point=kv2_mount)
    v2.create_or_update_secret(path="team/a", secret={"x": "new"}, cas=1, mount_point=kv2_mount)

    with pytest.raises(exceptions.ParamValidationError, match="cas_required"):
        v2.update_metadata(path="team/a", cas_required="yes", mount_point=kv2_mount)
    with pytest.raises(exceptions.ParamValidationError, match="custom_metadata"):
        v2.update_metadata(path="team/a", custom_metadata=["owner"], mount_point=kv2_mount)

    for path in ("team/a", "team/b", "team/sub/c"):
        assert v2.delete_metadata_and_all_versions(path=path, mount_point=kv2_mount).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        v2.read_secret_metadata(path="team/a", mount_point=kv2_mount)
    with pytest.raises(exceptions.InvalidPath):
        v2.list_secrets(path="team", mount_point=kv2_mount)


def test_kv_v2_nested_and_quoted_paths(v2, kv2_mount):
    path = "odd dir/name?with#chars"
    v2.create_or_update_secret(path=path, secret={"k": "v"}, mount_point=kv2_mount)
    read = v2.read_secret(path=path, mount_point=kv2_mount, raise_on_deleted_version=True)
    assert read["data"]["data"] == {"k": "v"}
    assert v2.list_secrets(path="odd dir", mount_point=kv2_mount)["data"]["keys"] == ["name?with#chars"]
    v2.delete_metadata_and_all_versions(path=path, mount_point=kv2_mount)


# ---------------------------------------------- OpenBao's fields beyond the reference (issue 29)


def test_scan_lists_the_whole_tree(client, kv1_mount, kv2_mount, v2):
    v1 = client.secrets.kv.v1
    for path in ("a/one", "a/b/two", "a/b/c/three"):
        v1.create_or_update_secret(path=path, secret={"k": "v"}, method="POST", mount_point=kv1_mount)
        v2.create_or_update_secret(path=path, secret={"k": "v"}, mount_point=kv2_mount)
    tree = ["b/c/three", "b/two", "one"]
    assert sorted(v1.list_secrets(path="a", mount_point=kv1_mount)["data"]["keys"]) == ["b/", "one"]
    assert sorted(v1.list_secrets(path="a", scan=True, mount_point=kv1_mount)["data"]["keys"]) == tree
    assert sorted(v2.list_secrets(path="a", scan=True, mount_point=kv2_mount)["data"]["keys"]) == tree
    detailed = v2.list_detailed_metadata(path="a", scan=True, mount_point=kv2_mount)["data"]
    assert sorted(detailed["key_info"]) == tree


def test_metadata_check_and_set(v2, kv2_mount):
    v2.configure(metadata_cas_required=True, mount_point=kv2_mount)
    assert v2.read_configuration(mount_point=kv2_mount)["data"]["metadata_cas_required"] is True
    v2.configure(mount_point=kv2_mount)
    v2.create_or_update_secret(path="guarded", secret={"k": "v"}, mount_point=kv2_mount)
    v2.update_metadata(path="guarded", metadata_cas_required=True, metadata_cas=0, mount_point=kv2_mount)
    current = v2.read_secret_metadata(path="guarded", mount_point=kv2_mount)["data"]
    assert current["metadata_cas_required"] is True
    with pytest.raises(exceptions.InvalidRequest):
        v2.update_metadata(path="guarded", max_versions=3, mount_point=kv2_mount)
    version = current["current_metadata_version"]
    v2.update_metadata(path="guarded", max_versions=3, metadata_cas=version, mount_point=kv2_mount)
    assert v2.read_secret_metadata(path="guarded", mount_point=kv2_mount)["data"]["max_versions"] == 3
