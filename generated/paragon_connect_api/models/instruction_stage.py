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
from ..types import UNSET, Unset, as_object

if TYPE_CHECKING:
    from ..models.instruction_call_to_action import InstructionCallToAction


T = TypeVar("T", bound="InstructionStage")


@_attrs_define
class InstructionStage:
    """Instructions to follow before connecting (for example installing Salesforce's package).

    Attributes:
        stage (Literal['instruction']):
        content (str):
        ctas (list[InstructionCallToAction] | Unset):
        finish (InstructionCallToAction | Unset): A button of an instruction stage.
    """

    stage: Literal["instruction"]
    content: str
    ctas: list[InstructionCallToAction] | Unset = UNSET
    finish: InstructionCallToAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage

        content = self.content

        ctas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ctas, Unset):
            ctas = []
            for ctas_item_data in self.ctas:
                ctas_item = ctas_item_data.to_dict()
                ctas.append(ctas_item)

        finish: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finish, Unset):
            finish = self.finish.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage": stage,
                "content": content,
            }
        )
        if ctas is not UNSET:
            field_dict["ctas"] = ctas
        if finish is not UNSET:
            field_dict["finish"] = finish

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "stage"
        try:
            stage = cast(Literal["instruction"], d["stage"])
            if stage != "instruction":
                raise DecodeError(
                    "expected "
                    + repr("instruction")
                    + ", got "
                    + (
                        repr(stage)
                        if isinstance(stage, str) and len(stage) <= 64
                        else describe(stage)
                    )
                )

            _key = "content"
            content = d["content"]
            if not isinstance(content, str):
                raise DecodeError.wrong_type("a string", content)

            _key = "ctas"
            _ctas = d.get("ctas", UNSET)
            ctas: list[InstructionCallToAction] | Unset = UNSET
            if _ctas is not UNSET:
                if not isinstance(_ctas, list):
                    raise DecodeError.wrong_type("an array", _ctas)
                ctas = []
                try:
                    for ctas_item_data in _ctas:
                        ctas_item = _InstructionCallToAction_from_dict(ctas_item_data)

                        ctas.append(ctas_item)
                except DecodeError as _error:
                    raise _error.at(len(ctas))

            _key = "finish"
            _finish = d.get("finish", UNSET)
            finish: InstructionCallToAction | Unset = (
                UNSET
                if _finish is UNSET
                else _InstructionCallToAction_from_dict(_finish)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        instruction_stage = _new(cls)
        instruction_stage.stage = stage
        instruction_stage.content = content
        instruction_stage.ctas = ctas
        instruction_stage.finish = finish
        instruction_stage.additional_properties = (
            {}
            if len(d) + (ctas is UNSET) + (finish is UNSET) == 4
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return instruction_stage

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

# The keys InstructionStage reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "stage",
        "content",
        "ctas",
        "finish",
    }
)


from ..models.instruction_call_to_action import InstructionCallToAction

_InstructionCallToAction_from_dict = InstructionCallToAction.from_dict
