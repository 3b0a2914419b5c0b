"""Running one piece of work in several threads at once, for the tests of shared clients."""
import threading
from typing import Any, Callable, List


def errors_in_threads(count: int, work: Callable[[], Any]) -> List[BaseException]:
    """Run ``work`` in ``count`` threads released together; return what they raised (empty: none)."""
    start = threading.Barrier(count)
    errors: List[BaseException] = []

    def run() -> None:
        start.wait()
        try:
            work()
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors
