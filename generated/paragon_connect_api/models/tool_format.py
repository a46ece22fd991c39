# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from enum import StrEnum
from typing import Self


class ToolFormat(StrEnum):
    JSON_SCHEMA = "json_schema"
    PARAGON = "paragon"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """Keep a value the API sent but the spec does not list.

        The result is an instance carrying the raw string: ``.value`` returns it and ``to_dict``
        sends it back unchanged. It is not a member, so ``x in ToolFormat`` is False
        for it; that is how to tell an unknown value from a known one.
        """
        if not isinstance(value, str):
            return None
        # Not cached in the class: unknown values come from the network, and a cache would grow
        # with every distinct one.
        pseudo_member = str.__new__(cls, value)
        pseudo_member._value_ = value
        # Not an identifier, so it can never equal the name of a real member.
        pseudo_member._name_ = f"<unknown {value!r}>"
        return pseudo_member
