# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import as_object

T = TypeVar("T", bound="ProviderData")


@_attrs_define
class ProviderData:
    """Facts about the connected account from its provider, like Salesforce's `instanceURL`."""

    additional_properties: dict[str, bool | float | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        provider_data = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:

                def _parse_additional_property(data: object) -> bool | float | str:
                    _problem: DecodeError | None = None
                    if isinstance(data, str):
                        try:
                            additional_property_type_0 = data
                            if not isinstance(additional_property_type_0, str):
                                raise DecodeError.wrong_type(
                                    "a string", additional_property_type_0
                                )

                            return additional_property_type_0
                        except DecodeError as _variant_error:
                            _problem = _problem or _variant_error
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as _variant_error:
                            _problem = _problem or DecodeError(
                                f"{type(_variant_error).__name__}: {_variant_error}"
                            )
                    if isinstance(data, (int, float)) and not isinstance(data, bool):
                        try:
                            additional_property_type_1 = data
                            if not isinstance(
                                additional_property_type_1, (int, float)
                            ) or isinstance(additional_property_type_1, bool):
                                raise DecodeError.wrong_type(
                                    "a number", additional_property_type_1
                                )

                            return additional_property_type_1
                        except DecodeError as _variant_error:
                            _problem = _problem or _variant_error
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as _variant_error:
                            _problem = _problem or DecodeError(
                                f"{type(_variant_error).__name__}: {_variant_error}"
                            )
                    if isinstance(data, bool):
                        try:
                            additional_property_type_2 = data
                            if not isinstance(additional_property_type_2, bool):
                                raise DecodeError.wrong_type(
                                    "a boolean", additional_property_type_2
                                )

                            return additional_property_type_2
                        except DecodeError as _variant_error:
                            _problem = _problem or _variant_error
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as _variant_error:
                            _problem = _problem or DecodeError(
                                f"{type(_variant_error).__name__}: {_variant_error}"
                            )
                    raise (
                        _problem
                        if _problem is not None
                        else DecodeError.wrong_type(
                            "a string or a number or a boolean", data
                        )
                    )

                additional_property = _parse_additional_property(prop_dict)

            except DecodeError as _error:
                raise _error.at(prop_name)
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                raise DecodeError(f"{type(_error).__name__}: {_error}").at(
                    prop_name
                ) from _error
            additional_properties[prop_name] = additional_property

        provider_data.additional_properties = additional_properties
        return provider_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
