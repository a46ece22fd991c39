# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import as_object

if TYPE_CHECKING:
    from ..models.event_payload import EventPayload


T = TypeVar("T", bound="AppEvent")


@_attrs_define
class AppEvent:
    """An App Event.

    Attributes:
        name (str): The App Event's name, as defined in the dashboard.
        payload (EventPayload): The event's payload; it is not checked against the event's schema.
    """

    name: str
    payload: EventPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "name"
        try:
            name = d["name"]
            if not isinstance(name, str):
                raise DecodeError.wrong_type("a string", name)

            _key = "payload"
            payload = _EventPayload_from_dict(d["payload"])

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        app_event = _new(cls)
        app_event.name = name
        app_event.payload = payload
        app_event.additional_properties = (
            {}
            if len(d) == 2
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return app_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__

# The keys AppEvent reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "payload",
    }
)


from ..models.event_payload import EventPayload

_EventPayload_from_dict = EventPayload.from_dict
