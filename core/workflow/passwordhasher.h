#pragma once

#include <QString>

// Salted password hashes with libsodium's Argon2id (crypto_pwhash_str): the hash
// string carries its own salt and cost parameters, so it can be verified later
// even if the defaults change.
class PasswordHasher
{
public:
    // Interactive strength for real accounts; Example is libsodium's minimum, for
    // the demo database's example accounts whose password is printed on screen.
    enum class Strength { Interactive, Example };

    static QString hash(const QString &password, Strength strength = Strength::Interactive);
    static bool verify(const QString &hash, const QString &password);
};
