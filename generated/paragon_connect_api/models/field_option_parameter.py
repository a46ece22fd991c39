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
    from ..models.field_option_parameter_source import FieldOptionParameterSource


T = TypeVar("T", bound="FieldOptionParameter")


@_attrs_define
class FieldOptionParameter:
    """The user's choice in the first input of a compound data source.

    Attributes:
        key (str): The `cacheKey` of the first input's source.
        source (FieldOptionParameterSource): A literal value.
    """

    key: str
    source: FieldOptionParameterSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "key"
        try:
            key = d["key"]
            if not isinstance(key, str):
                raise DecodeError.wrong_type("a string", key)

            _key = "source"
            source = _FieldOptionParameterSource_from_dict(d["source"])

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        field_option_parameter = _new(cls)
        field_option_parameter.key = key
        field_option_parameter.source = source
        field_option_parameter.additional_properties = (
            {}
            if len(d) == 2
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return field_option_parameter

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

# The keys FieldOptionParameter reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "key",
        "source",
    }
)


from ..models.field_option_parameter_source import FieldOptionParameterSource

_FieldOptionParameterSource_from_dict = FieldOptionParameterSource.from_dict
