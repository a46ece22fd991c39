# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError, describe
from ..types import as_object

if TYPE_CHECKING:
    from ..models.connect_input import ConnectInput


T = TypeVar("T", bound="PreOptionsStage")


@_attrs_define
class PreOptionsStage:
    """Inputs asked before OAuth; answer with `installFlow.setPreOptions()`.

    Attributes:
        stage (Literal['preOptions']):
        options (list[ConnectInput]):
    """

    stage: Literal["preOptions"]
    options: list[ConnectInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage": stage,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "stage"
        try:
            stage = cast(Literal["preOptions"], d["stage"])
            if stage != "preOptions":
                raise DecodeError(
                    "expected "
                    + repr("preOptions")
                    + ", got "
                    + (
                        repr(stage)
                        if isinstance(stage, str) and len(stage) <= 64
                        else describe(stage)
                    )
                )

            _key = "options"
            _options = d["options"]
            if not isinstance(_options, list):
                raise DecodeError.wrong_type("an array", _options)
            options = []
            try:
                for options_item_data in _options:
                    options_item = _ConnectInput_from_dict(options_item_data)

                    options.append(options_item)
            except DecodeError as _error:
                raise _error.at(len(options))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        pre_options_stage = _new(cls)
        pre_options_stage.stage = stage
        pre_options_stage.options = options
        pre_options_stage.additional_properties = (
            {}
            if len(d) == 2
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return pre_options_stage

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

# The keys PreOptionsStage reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "stage",
        "options",
    }
)


from ..models.connect_input import ConnectInput

_ConnectInput_from_dict = ConnectInput.from_dict
