"""`make demo`: run the quickstart against $VAULT_ADDR, or against an OpenBao dev server started here."""
import os
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUICKSTART = str(ROOT / "examples" / "quickstart.py")


def run_quickstart() -> int:
    return int(runpy.run_path(QUICKSTART)["main"]())


def main() -> int:
    if os.getenv("VAULT_ADDR"):
        return run_quickstart()

    from tests.openbao import ROOT_TOKEN, BaoServer

    server = BaoServer(dev=True).start()
    try:
        server.wait_until_active()
        print(f"Started an OpenBao dev server at {server.url} (pid {server.process.pid})")
        os.environ["VAULT_ADDR"] = server.url
        os.environ["VAULT_TOKEN"] = ROOT_TOKEN
        return run_quickstart()
    finally:
        server.stop()
        print("Stopped the dev server.")


if __name__ == "__main__":
    sys.exit(main())
