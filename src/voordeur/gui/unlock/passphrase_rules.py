"""The passphrase rule of the key vault, explained in plain Dutch while the worker types.

The rule itself is `voordeur.store.vault.check_passphrase`; this module only words its outcome
(and the keyring situation behind it) for the first-run wizard and the settings dialog.
Every string is a literal `QCoreApplication.translate("PassphraseRules", …)` call, so lupdate
finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from voordeur.store import vault


def situation_text(trusted: bool) -> str:
    """What this laptop allows: a PIN with a trusted keyring, otherwise a long passphrase."""
    if trusted:
        return QCoreApplication.translate(
            "PassphraseRules",
            "Deze laptop heeft een beveiligde sleutelhanger; een pincode van 6 cijfers is genoeg.")
    return QCoreApplication.translate(
        "PassphraseRules",
        "Deze laptop heeft geen beveiligde sleutelhanger. Kies een wachtwoordzin van minstens "
        "12 tekens.")


def passphrase_problem(passphrase: str, *, has_device_secret: bool) -> str | None:
    """None when `check_passphrase` accepts it, else what is wrong, in the current language."""
    try:
        vault.check_passphrase(passphrase, has_device_secret=has_device_secret)
    except vault.WeakPassphrase:
        count = len(passphrase.strip())
        if has_device_secret:
            return QCoreApplication.translate(
                "PassphraseRules",
                "Nog te kort: kies minstens {minimum} tekens, bijvoorbeeld een pincode van 6 "
                "cijfers (nu {count}).").format(minimum=vault.MIN_PIN_LENGTH, count=count)
        return QCoreApplication.translate(
            "PassphraseRules",
            "Nog te kort: kies minstens {minimum} tekens (nu {count}). Een pincode is op deze "
            "laptop niet genoeg.").format(minimum=vault.MIN_PASSPHRASE_LENGTH, count=count)
    return None


def repeat_problem(passphrase: str, repeated: str) -> str | None:
    """None when the repetition matches, else what is wrong."""
    if not repeated:
        return QCoreApplication.translate("PassphraseRules",
                                          "Vul de wachtwoordzin nog een keer in.")
    if passphrase != repeated:
        return QCoreApplication.translate("PassphraseRules",
                                          "De twee wachtwoordzinnen zijn niet gelijk.")
    return None
