# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.trigger_model import TriggerModel
from ..types import as_object

if TYPE_CHECKING:
    from ..models.paragon_input import ParagonInput


T = TypeVar("T", bound="TriggerDefinition")


@_attrs_define
class TriggerDefinition:
    """One Trigger that the Connected User can be subscribed to, and the inputs of its subscription.

    Attributes:
        type_ (str): The Trigger's name, which a subscription names, like `HUBSPOT_RECORD_CREATED`.
        trigger_model (TriggerModel): How Paragon learns of the Trigger's events, by polling the provider or through its
            webhooks.
        title (str): The Trigger's name for people, like `New Record`.
        description (str):
        parameters (list[ParagonInput]): The inputs of a subscription to the Trigger.
    """

    type_: str
    trigger_model: TriggerModel
    title: str
    description: str
    parameters: list[ParagonInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        trigger_model = self.trigger_model.value

        title = self.title

        description = self.description

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "triggerModel": trigger_model,
                "title": title,
                "description": description,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "type"
        try:
            type_ = d["type"]
            if not isinstance(type_, str):
                raise DecodeError.wrong_type("a string", type_)

            _key = "triggerModel"
            _trigger_model = d["triggerModel"]
            if not isinstance(_trigger_model, str):
                raise DecodeError.wrong_type("a string", _trigger_model)

            trigger_model = cast(
                TriggerModel,
                TriggerModel._value2member_map_.get(_trigger_model)
                or TriggerModel(_trigger_model),
            )

            _key = "title"
            title = d["title"]
            if not isinstance(title, str):
                raise DecodeError.wrong_type("a string", title)

            _key = "description"
            description = d["description"]
            if not isinstance(description, str):
                raise DecodeError.wrong_type("a string", description)

            _key = "parameters"
            _parameters = d["parameters"]
            if not isinstance(_parameters, list):
                raise DecodeError.wrong_type("an array", _parameters)
            parameters = []
            try:
                for parameters_item_data in _parameters:
                    parameters_item = _ParagonInput_from_dict(parameters_item_data)

                    parameters.append(parameters_item)
            except DecodeError as _error:
                raise _error.at(len(parameters))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        trigger_definition = _new(cls)
        trigger_definition.type_ = type_
        trigger_definition.trigger_model = trigger_model
        trigger_definition.title = title
        trigger_definition.description = description
        trigger_definition.parameters = parameters
        trigger_definition.additional_properties = (
            {}
            if len(d) == 5
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return trigger_definition

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

# The keys TriggerDefinition reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "triggerModel",
        "title",
        "description",
        "parameters",
    }
)


from ..models.paragon_input import ParagonInput

_ParagonInput_from_dict = ParagonInput.from_dict
