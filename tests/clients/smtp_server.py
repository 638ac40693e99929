"""A real SMTP server for the e-mail tests (Debian's python3-aiosmtpd), on localhost.

    smtp_server.py MAILDIR USER PASSWORD [HANG_AFTER]

Requires AUTH (PLAIN or LOGIN) with USER and PASSWORD, stores every accepted message as
MAILDIR/<n>.eml, and prints its port on the first line. With HANG_AFTER, the message after that
many is never answered (and not stored) and MAILDIR/hanging appears: the test can then kill the
sender mid-send. Later sessions are served normally.
"""
import asyncio
import warnings
import os
import socket
import sys

warnings.simplefilter("ignore")  # AUTH without TLS is what a test on localhost wants

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

maildir, user, password = sys.argv[1], sys.argv[2].encode(), sys.argv[3].encode()
hang_after = int(sys.argv[4]) if len(sys.argv) > 4 else None
os.makedirs(maildir, exist_ok=True)
state = {"stored": 0, "hung": False}


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == user and auth_data.password == password
    return AuthResult(success=ok, handled=False)


class Handler:
    async def handle_DATA(self, server, session, envelope):
        if hang_after is not None and not state["hung"] and state["stored"] >= hang_after:
            state["hung"] = True
            open(os.path.join(maildir, "hanging"), "w").close()
            await asyncio.sleep(3600)
            return "451 never"
        state["stored"] += 1
        with open(os.path.join(maildir, f"{state['stored']:05d}.eml"), "wb") as f:
            f.write(envelope.original_content)
        return "250 OK"


with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    free_port = probe.getsockname()[1]

controller = Controller(
    Handler(),
    hostname="127.0.0.1",
    port=free_port,
    authenticator=authenticator,
    auth_required=True,
    auth_require_tls=False,
)
controller.start()
print(controller.port, flush=True)
try:
    sys.stdin.read()
finally:
    controller.stop()
