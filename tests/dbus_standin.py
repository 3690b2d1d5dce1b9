"""A stand-in org.freedesktop.ScreenSaver service that checks signatures as the specification says.

Run as ``python dbus_standin.py RECORD.json [--mute]`` with DBUS_SESSION_BUS_ADDRESS set to a
private bus. It takes the service name, prints ``ready``, then answers ``Inhibit(ss) -> u`` and
``UnInhibit(u)``; a call with any other signature gets org.freedesktop.DBus.Error.InvalidArgs.
Before each reply it rewrites RECORD.json with every call so far (member, signature, arguments,
accepted) and the cookies still held, so a test reads it as soon as its call has returned.
With ``--mute`` it takes the name and then never answers (a screen saver that hangs).
"""

from __future__ import annotations

import json
import sys

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.ScreenSaver"
SIGNATURES = {"Inhibit": "ss", "UnInhibit": "u"}


def main(record_path: str, mute: bool = False) -> None:
    connection = open_dbus_connection("SESSION")
    reply = connection.send_and_get_reply(message_bus.RequestName(SERVICE))
    assert reply.body[0] == 1, f"could not own {SERVICE}: {reply.body}"
    calls: list[dict[str, object]] = []
    held: dict[int, str] = {}
    next_cookie = 3_000_000_000  # above 2**31: only an unsigned 32-bit integer holds it
    print("ready", flush=True)
    while True:
        message = connection.receive()
        fields = message.header.fields
        if message.header.message_type != MessageType.method_call or mute:
            continue
        member = fields.get(HeaderFields.member)
        signature = fields.get(HeaderFields.signature, "")
        if fields.get(HeaderFields.interface) != SERVICE or member not in SIGNATURES:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod",
                                      "s", (f"no method {member}",)))
            continue
        accepted = signature == SIGNATURES[member]
        calls.append({"member": member, "signature": signature,
                      "arguments": list(message.body), "accepted": accepted})
        if not accepted:
            answer = new_error(message, "org.freedesktop.DBus.Error.InvalidArgs", "s",
                               (f"{member} takes ({SIGNATURES[member]}), got ({signature})",))
        elif member == "Inhibit":
            held[next_cookie] = message.body[0]
            answer = new_method_return(message, "u", (next_cookie,))
            next_cookie += 1
        else:
            held.pop(message.body[0], None)
            answer = new_method_return(message)
        with open(record_path, "w", encoding="utf-8") as record:
            json.dump({"calls": calls, "held": sorted(held)}, record)
        connection.send(answer)


if __name__ == "__main__":
    main(sys.argv[1], mute="--mute" in sys.argv[2:])
