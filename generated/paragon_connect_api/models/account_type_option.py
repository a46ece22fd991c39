# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, as_object

T = TypeVar("T", bound="AccountTypeOption")


@_attrs_define
class AccountTypeOption:
    """One account type of an integration, like Salesforce's production or sandbox.

    Attributes:
        id (str): Pass it to `installFlow.setAccountType()`.
        account_description (str | Unset):
        scheme (str | Unset):
    """

    id: str
    account_description: str | Unset = UNSET
    scheme: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_description = self.account_description

        scheme = self.scheme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_description is not UNSET:
            field_dict["accountDescription"] = account_description
        if scheme is not UNSET:
            field_dict["scheme"] = scheme

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "accountDescription"
            account_description = d.pop("accountDescription", UNSET)
            if (
                not isinstance(account_description, str)
                and account_description is not UNSET
            ):
                raise DecodeError.wrong_type("a string", account_description)

            _key = "scheme"
            scheme = d.pop("scheme", UNSET)
            if not isinstance(scheme, str) and scheme is not UNSET:
                raise DecodeError.wrong_type("a string", scheme)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        account_type_option = cls(
            id=id,
            account_description=account_description,
            scheme=scheme,
        )

        account_type_option.additional_properties = d
        return account_type_option

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
