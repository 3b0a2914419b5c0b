"""hvac.cluster.Cluster with fake nodes and a fake clock: which node a request goes to, which
nodes are skipped and for how long, and how the active node is found again."""
import json
from typing import Any, Callable, Dict, List, Optional, Union

import pytest
import requests
import urllib3.exceptions
from requests.structures import CaseInsensitiveDict

from hvac import exceptions
from hvac.cluster import Cluster

A, B, C = "http://127.0.0.1:8200", "http://127.0.0.1:8210", "http://127.0.0.1:8220"
NO_LEADER = {"status": 500, "json": {"errors": ["local node not active but active cluster node not found"]}}

Behaviour = Union[Dict[str, Any], BaseException, Callable[[str, str], Any]]


def response(url: str, status: int = 200, json_body: Any = None, headers: Optional[Dict[str, str]] = None) -> requests.Response:
    answer = requests.Response()
    answer.status_code, answer.url = status, url
    answer.headers = CaseInsensitiveDict(headers or {})
    answer._content = json.dumps(json_body if json_body is not None else {}).encode()
    answer._content_consumed = True  # type: ignore[attr-defined]
    return answer


def refused() -> requests.exceptions.ConnectionError:
    return requests.exceptions.ConnectionError(urllib3.exceptions.NewConnectionError(None, "Failed to establish a new connection: [Errno 111] Connection refused"))


def aborted() -> requests.exceptions.ConnectionError:
    return requests.exceptions.ConnectionError(urllib3.exceptions.ProtocolError("Connection aborted.", ConnectionResetError(104, "Connection reset by peer")))


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.pauses: List[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds


class FakeNodes:
    """Three scripted nodes: what each answers (a reply, an exception, or a function of method
    and URL), and which one ``sys/leader`` names."""

    def __init__(self, clock: FakeClock, leader: Optional[str] = B) -> None:
        self.clock = clock
        self.leader = leader
        self.down: List[str] = []
        self.behaviour: Dict[str, Behaviour] = {A: {}, B: {}, C: {}}
        self.sent: List[str] = []
        self.asked: List[str] = []

    def node_of(self, url: str) -> str:
        return next(base for base in (A, B, C) if url.startswith(base))

    def send_to(self, method: str) -> Callable[[str], requests.Response]:
        def send(url: str) -> requests.Response:
            node = self.node_of(url)
            self.sent.append(node)
            if node in self.down:
                raise refused()
            behaviour = self.behaviour[node]
            if callable(behaviour):
                behaviour = behaviour(method, url)
            if isinstance(behaviour, BaseException):
                raise behaviour
            return response(url, behaviour.get("status", 200), behaviour.get("json", {"from": node}), behaviour.get("headers"))

        return send

    def ask_leader(self, base: str) -> Dict[str, Any]:
        self.asked.append(base)
        if base in self.down:
            raise refused()
        return {"is_self": base == self.leader, "leader_address": self.leader or ""}

    def send(self, cluster: Cluster, method: str = "POST", path: str = "/v1/secret/data/app") -> requests.Response:
        return cluster.send(method, path, self.send_to(method), self.ask_leader)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def nodes(clock: FakeClock) -> FakeNodes:
    return FakeNodes(clock)


def make_cluster(clock: FakeClock, read_from: str = "active") -> Cluster:
    return Cluster([A, B, C], read_from=read_from, clock=clock, sleep=clock.sleep)  # type: ignore[arg-type]


# --- selection ---------------------------------------------------------------------------------


def test_writes_go_to_the_active_node_that_sys_leader_names_asked_once(clock, nodes):
    cluster = make_cluster(clock)
    for _ in range(3):
        assert nodes.send(cluster).json() == {"from": B}
    assert nodes.sent == [B, B, B]
    assert nodes.asked == [A]  # A named B; B is trusted until leader_recheck
    assert cluster.active == B


def test_reads_under_active_go_to_the_active_node(clock, nodes):
    cluster = make_cluster(clock)
    for _ in range(3):
        nodes.send(cluster, "GET")
    assert nodes.sent == [B, B, B]


def test_reads_under_any_take_turns_over_every_node_and_writes_still_go_to_the_active_node(clock, nodes):
    cluster = make_cluster(clock, read_from="any")
    for _ in range(6):
        nodes.send(cluster, "GET")
    nodes.send(cluster, "PUT")
    assert sorted(nodes.sent[:6]) == [A, A, B, B, C, C]
    assert nodes.sent[6] == B


def test_the_active_node_is_checked_again_after_leader_recheck(clock, nodes):
    cluster = make_cluster(clock)
    nodes.send(cluster)
    clock.now += cluster.leader_recheck + 1
    nodes.leader = C  # a step-down: B is a standby now
    nodes.send(cluster)
    assert nodes.asked == [A, B] and nodes.sent == [B, C]


def test_with_no_active_node_known_a_write_goes_to_a_healthy_node(clock):
    nodes = FakeNodes(clock, leader=None)
    assert nodes.send(make_cluster(clock)).json() == {"from": A}  # a standby forwards it


# --- skipping failing nodes --------------------------------------------------------------------


def test_a_refusing_node_is_skipped_for_a_time_that_doubles_with_each_failure(clock, nodes):
    cluster = make_cluster(clock, read_from="any")
    nodes.down = [A]
    skips = []
    for _ in range(3):
        for _ in range(3):
            assert nodes.send(cluster, "GET").status_code == 200  # never an error: another node answers
        node = cluster.nodes[0]
        skips.append(node.skip_until - clock.now)
        clock.now = node.skip_until + 0.01  # A's turn comes again
    assert skips == [0.5, 1.0, 2.0]
    nodes.down = []
    for _ in range(3):
        nodes.send(cluster, "GET")
    assert cluster.nodes[0].failures == 0 and A in nodes.sent[-3:]


def test_the_longest_skip_is_max_skip(clock, nodes):
    cluster = make_cluster(clock)
    node = cluster.nodes[0]
    for _ in range(10):
        cluster._failed(node)
    assert node.skip_until - clock.now == cluster.max_skip


def test_a_sealed_node_answering_503_is_skipped_and_the_request_goes_on(clock, nodes):
    cluster = make_cluster(clock, read_from="any")
    nodes.behaviour[A] = {"status": 503, "json": {"errors": ["Vault is sealed"]}}
    answers = [nodes.send(cluster, "GET").json()["from"] for _ in range(4)]
    assert A not in answers and cluster.nodes[0].failures == 1


def test_when_every_node_is_skipped_a_request_still_tries_the_one_back_soonest(clock, nodes):
    cluster = make_cluster(clock)
    for node, failures in zip(cluster.nodes, (3, 1, 2)):
        for _ in range(failures):
            cluster._failed(node)
    nodes.leader = None
    assert nodes.send(cluster).json() == {"from": B}
    assert nodes.sent == [B]


# --- finding the active node again ------------------------------------------------------------


def test_after_the_active_node_dies_a_write_is_sent_to_the_new_one(clock, nodes):
    cluster = make_cluster(clock)
    nodes.send(cluster)
    nodes.down, nodes.leader = [B], C
    assert nodes.send(cluster).json() == {"from": C}
    assert nodes.sent == [B, B, C]  # refused, so provably not applied: resent
    assert cluster.active == C


def test_during_an_election_a_write_waits_in_short_pauses_for_the_new_active_node(clock, nodes):
    cluster = make_cluster(clock)
    nodes.send(cluster)
    nodes.down = [B]  # the survivors still name the dead node for a while
    elected_at = clock.now + 2.0

    def standby(method: str, url: str) -> Dict[str, Any]:
        if clock.now < elected_at:
            return NO_LEADER if url.startswith(A) else {"status": 307, "headers": {"Location": B + "/v1/secret/data/app"}}
        nodes.leader = C
        return {"json": {"from": nodes.node_of(url)}}

    nodes.behaviour[A] = nodes.behaviour[C] = standby
    assert nodes.send(cluster).status_code == 200
    assert clock.now - elected_at < cluster.round_pauses[1] + 0.01
    assert max(clock.pauses) == cluster.round_pauses[1]
    # The dead node is tried again only as its skips run out (0.5 s, then 1 s, ...).
    assert (nodes.sent[2:] + nodes.asked[1:]).count(B) <= 3


def test_a_redirect_to_another_node_sends_the_request_there(clock, nodes):
    nodes.leader = None
    nodes.behaviour[A] = {"status": 307, "headers": {"Location": C + "/v1/secret/data/app"}}
    cluster = make_cluster(clock)
    assert nodes.send(cluster).json() == {"from": C}
    assert nodes.sent == [A, C] and cluster.active == C


def test_a_redirect_elsewhere_is_the_answer(clock, nodes):
    nodes.leader = None
    nodes.behaviour[A] = {"status": 307, "headers": {"Location": "http://127.0.0.1:9999/v1/x"}}
    assert nodes.send(make_cluster(clock)).status_code == 307


def test_a_read_from_a_node_behind_the_state_goes_to_the_active_node_at_once(clock, nodes):
    cluster = make_cluster(clock, read_from="any")
    nodes.behaviour[A] = nodes.behaviour[C] = {"status": 429, "headers": {"Retry-After": "1"}, "json": {"errors": []}}
    for _ in range(3):
        assert nodes.send(cluster, "GET").json() == {"from": B}
    assert clock.pauses == []


def test_a_not_yet_answer_of_the_active_node_itself_is_returned_for_the_caller_to_wait(clock, nodes):
    nodes.behaviour[B] = {"status": 412}
    assert nodes.send(make_cluster(clock), "GET").status_code == 412


# --- what is resent, and what is not -----------------------------------------------------------


@pytest.mark.parametrize("verb", ["POST", "PUT", "PATCH"])
def test_a_write_whose_connection_broke_after_sending_raises_outcome_unknown_once(clock, nodes, verb):
    nodes.behaviour[B] = aborted()
    cluster = make_cluster(clock)
    with pytest.raises(exceptions.WriteOutcomeUnknown) as raised:
        nodes.send(cluster, verb)
    assert isinstance(raised.value, requests.exceptions.ConnectionError)
    assert nodes.sent == [B]
    assert f"{verb} {B}/v1/secret/data/app may have been applied" in str(raised.value)
    assert isinstance(raised.value.__cause__, requests.exceptions.ConnectionError)
    assert cluster.nodes[1].failures == 1 and cluster.active is None


@pytest.mark.parametrize(
    "error, kind, also",
    [
        (requests.exceptions.ReadTimeout("read timed out"), exceptions.WriteTimedOut, requests.exceptions.ReadTimeout),
        (requests.exceptions.ChunkedEncodingError("cut"), exceptions.WriteAnswerCutShort, requests.exceptions.ChunkedEncodingError),
    ],
)
def test_outcome_unknown_is_also_what_the_transport_raised(clock, nodes, error, kind, also):
    nodes.behaviour[B] = error
    with pytest.raises(kind) as raised:
        nodes.send(make_cluster(clock))
    assert isinstance(raised.value, also) and isinstance(raised.value, exceptions.WriteOutcomeUnknown)


@pytest.mark.parametrize("verb", ["GET", "DELETE"])
def test_a_request_safe_to_repeat_goes_to_the_next_node_after_a_broken_connection(clock, nodes, verb):
    nodes.behaviour[B] = aborted()
    cluster = make_cluster(clock)
    assert nodes.send(cluster, verb).status_code == 200
    assert nodes.sent[0] == B and nodes.sent[-1] != B


def test_a_tls_error_is_raised_at_once(clock, nodes):
    nodes.behaviour[B] = requests.exceptions.SSLError("certificate verify failed")
    with pytest.raises(requests.exceptions.SSLError):
        nodes.send(make_cluster(clock))
    assert nodes.sent == [B]


def test_when_no_node_takes_a_request_in_time_the_last_answer_is_given(clock, nodes):
    nodes.leader = None
    nodes.behaviour = {node: NO_LEADER for node in (A, B, C)}
    cluster = make_cluster(clock)
    assert nodes.send(cluster).status_code == 500
    assert cluster.failover_timeout - cluster.round_pauses[1] <= clock.now - 1000.0 <= cluster.failover_timeout


def test_when_every_node_refuses_the_last_error_is_raised_after_the_failover_time(clock, nodes):
    nodes.down = [A, B, C]
    with pytest.raises(requests.exceptions.ConnectionError, match="refused"):
        nodes.send(make_cluster(clock))
    assert clock.now - 1000.0 <= Cluster.failover_timeout


# --- configuration -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "urls, read_from, message",
    [
        ("http://127.0.0.1:8200", "active", "list of node addresses"),
        ([], "active", "list of node addresses"),
        (["127.0.0.1:8200"], "active", "not an http"),
        ([A, A + "/"], "active", "same node twice"),
        ([A], "standby", 'read_from must be "active" or "any"'),
    ],
)
def test_a_bad_configuration_is_refused(urls, read_from, message):
    with pytest.raises(ValueError, match=message):
        Cluster(urls, read_from=read_from)


def test_status_tells_the_active_node_and_the_failures(clock, nodes):
    cluster = make_cluster(clock)
    nodes.send(cluster)
    cluster._failed(cluster.nodes[2])
    assert cluster.status() == {"active": B, "failures": {A: 0, B: 0, C: 1}}
