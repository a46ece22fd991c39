"""An AI agent's tool-calling loop over ActionKit, runnable offline against paragon-mock.

    python examples/agent_loop.py          # needs paragon-connect[mock]

It starts the mock in this process (no port, no network), authenticates the mock's user
``xyz`` (who has connected Slack), lists the Slack tools and hands them to a model twice: once
in OpenAI's Chat Completions format, once in Anthropic's. The model is a scripted stand-in, so
that the example needs no API key: it reads the tools it is given and "decides" to call
``SLACK_SEND_MESSAGE``, the way a real model answers. Each tool call goes to
``paragon.tools.call``, which checks the arguments against the tool's JSON Schema, runs the
tool, and answers in the vendor's own shape; the result goes back into the conversation. The
Anthropic round first forgets an argument, to show the error result a model corrects itself
from. Last, the messages are read back from Slack through Paragon's proxy
(``paragon.request``), the side effect a real workspace would show.

To use a real model, replace ``ScriptedModel`` with the vendor's client:
``openai.OpenAI().chat.completions.create(model=..., messages=messages, tools=tools)`` or
``anthropic.Anthropic().messages.create(model=..., messages=messages, tools=tools, ...)``, and
``Paragon(base_url=...)`` with ``Paragon()`` and your project's user token.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence

from paragon_connect import Paragon
from paragon_connect._tool_formats import anthropic_user_message
from paragon_mock.testing import ParagonMock

CHANNEL = "#general"
REQUEST = f"Tell {CHANNEL} that the 2.4 release is deployed."

Message = dict[str, object]


class ScriptedModel:
    """Stands in for an LLM: calls SLACK_SEND_MESSAGE when it is offered, then sums up.

    ``forget_first`` makes its first call leave out a required argument, as models sometimes
    do; it reads the error result it gets back and calls again with every argument.
    """

    def __init__(self, *, forget_first: bool = False) -> None:
        self.forget_first = forget_first

    def openai(self, messages: Sequence[Message], tools: Sequence[Mapping[str, object]]) -> Message:
        """An assistant message of Chat Completions: a tool call, or the final answer."""
        last = messages[-1]
        if last["role"] == "tool":
            return {"role": "assistant", "content": _summary(str(last["content"]))}
        names = [str(_dig(tool, "function", "name")) for tool in tools]
        arguments = self._arguments(names)
        return {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": f"call_{uuid.uuid4().hex[:12]}",
                    "type": "function",
                    "function": {"name": "SLACK_SEND_MESSAGE", "arguments": json.dumps(arguments)},
                }
            ],
        }

    def anthropic(
        self, messages: Sequence[Message], tools: Sequence[Mapping[str, object]]
    ) -> Message:
        """An assistant message of the Messages API: text and a tool_use block, or the answer."""
        last = messages[-1]
        results = last["content"] if last["role"] == "user" else None
        if isinstance(results, list) and results and results[0].get("type") == "tool_result":
            if not results[0].get("is_error"):
                return {"role": "assistant", "content": [_text(_summary(results[0]["content"]))]}
            self.forget_first = False  # it read the problems: call again, complete this time
        arguments = self._arguments([str(tool["name"]) for tool in tools])
        call = {
            "type": "tool_use",
            "id": f"toolu_{uuid.uuid4().hex[:12]}",
            "name": "SLACK_SEND_MESSAGE",
            "input": arguments,
        }
        return {"role": "assistant", "content": [_text("I'll post it to Slack."), call]}

    def _arguments(self, offered: Sequence[str]) -> dict[str, str]:
        if "SLACK_SEND_MESSAGE" not in offered:
            raise SystemExit(f"the model was not offered SLACK_SEND_MESSAGE, only {offered}")
        if self.forget_first:
            return {"channel": CHANNEL}
        return {"channel": CHANNEL, "message": ":rocket: Release 2.4 is deployed."}


def _dig(value: Mapping[str, object], *keys: str) -> object:
    found: object = value
    for key in keys:
        assert isinstance(found, Mapping)
        found = found[key]
    return found


def _text(text: str) -> dict[str, str]:
    return {"type": "text", "text": text}


def _summary(content: str) -> str:
    output = json.loads(content)
    return f"Done: posted to {output['channel']} at ts {output['ts']}."


def show(who: str, text: str) -> None:
    """One line of the conversation, long values cut."""
    flat = " ".join(text.split())
    print(f"  {who:<10} {flat if len(flat) <= 150 else flat[:147] + '...'}")


def openai_round(paragon: Paragon) -> str:
    """The loop with OpenAI-shaped messages: tools=[...], tool_calls, role "tool" answers.

    Returns the ID of the channel the message went to, as Slack answered it.
    """
    tools = [tool.to_openai() for tool in paragon.tools.list(integrations="slack")]
    print(f"OpenAI Chat Completions, {len(tools)} Slack tools offered:")
    model = ScriptedModel()
    messages: list[Message] = [{"role": "user", "content": REQUEST}]
    show("user", REQUEST)
    channel = ""
    while True:
        reply = model.openai(messages, tools)
        messages.append(reply)
        calls = reply.get("tool_calls")
        if not isinstance(calls, list):
            show("assistant", str(reply["content"]))
            return channel
        for call in calls:
            show("assistant", f"calls {call['function']['name']} {call['function']['arguments']}")
            answer = paragon.tools.call(call)  # {"role": "tool", "tool_call_id", "content"}
            content = str(answer.get("content"))
            show("tool", content)
            channel = json.loads(content).get("channel", channel)
            messages.append(dict(answer))


def anthropic_round(paragon: Paragon) -> None:
    """The loop with Anthropic-shaped messages: tool_use blocks, tool_result blocks."""
    tools = [tool.to_anthropic() for tool in paragon.tools.list(integrations="slack")]
    print(f"Anthropic Messages, {len(tools)} Slack tools offered:")
    model = ScriptedModel(forget_first=True)
    messages: list[Message] = [{"role": "user", "content": REQUEST}]
    show("user", REQUEST)
    while True:
        reply = model.anthropic(messages, tools)
        messages.append(reply)
        content = reply["content"]
        assert isinstance(content, list)
        calls = [block for block in content if block["type"] == "tool_use"]
        for block in content:
            if block["type"] == "text":
                show("assistant", block["text"])
        if not calls:
            return
        results = []
        for call in calls:
            show("assistant", f"calls {call['name']} {json.dumps(call['input'])}")
            result = paragon.tools.call(call)  # {"type": "tool_result", "tool_use_id", ...}
            error = " (is_error)" if result.get("is_error") else ""
            show("tool", f"{result.get('content')}{error}")
            results.append(result)
        messages.append(dict(anthropic_user_message(results)))


def main() -> int:
    """Run both rounds against an in-process mock, then read Slack back through the proxy."""
    with (
        ParagonMock(seed=1) as mock,
        Paragon(base_url=mock.base_url, transport=mock.transport()) as paragon,
    ):
        # Your backend signs the user token; the mock signs one with its development key.
        user = paragon.authenticate(mock.project_id, mock.token("xyz"))
        print(f"Authenticated as {user.user_id!r} on paragon-mock")
        channel = openai_round(paragon)
        anthropic_round(paragon)
        # Slack lists a channel's messages by its ID, which chat.postMessage answered with.
        history = paragon.request("slack", f"/conversations.history?channel={channel}")
        assert isinstance(history, dict)
        messages = history.get("messages")
        assert isinstance(messages, list)
        print(f"Slack {CHANNEL} ({channel}) through the proxy (conversations.history):")
        for message in messages:
            assert isinstance(message, dict)
            show(str(message.get("ts")), str(message.get("text")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
