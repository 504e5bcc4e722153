"""Makes the profile samples of the Examples menu (run from this folder; needs jwcrypto): an RFC 9068 access token,
an OpenID Connect ID token with the access token its at_hash covers, a back-channel logout token, a DPoP proof with
the access token bound to its key, and an SD-JWT presentation with a key binding JWT. HMAC tokens use the HS256
sample's secret; the DPoP and holder key is es256.private.pem. Times are fixed; samples.json gives the time each
is judged at."""
import base64
import hashlib
import json

from jwcrypto import jwk, jws

SECRET = "kY8#qL2!vR9$wZ4^nT6&bJ1*cM5@xP3%"
AT = 1767225600  # 2026-01-01T00:00:00Z
b64 = lambda data: base64.urlsafe_b64encode(data).rstrip(b"=").decode()
hmac_key = jwk.JWK(kty="oct", k=b64(SECRET.encode()))
holder = jwk.JWK.from_pem(open("es256.private.pem", "rb").read())
holder_public = json.loads(holder.export_public())


def sign(header, claims, key):
    token = jws.JWS(json.dumps(claims, ensure_ascii=False).encode())
    token.add_signature(key, protected=json.dumps(header))
    return token.serialize(compact=True)


def write(name, text):
    with open(name, "w") as out:
        out.write(text + "\n")


access = sign({"alg": "HS256", "typ": "at+jwt"}, {"iss": "https://auth.example.com", "sub": "user-4821",
    "aud": "orders-api", "client_id": "s6BhdRkqt3", "iat": AT, "exp": AT + 900, "jti": "at-0001",
    "scope": "orders:read"}, hmac_key)
write("at-jwt.jwt", access)

access_token = "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y"
at_hash = b64(hashlib.sha256(access_token.encode()).digest()[:16])
write("id-token.jwt", sign({"alg": "HS256", "typ": "JWT"}, {"iss": "https://auth.example.com", "sub": "user-4821",
    "aud": "s6BhdRkqt3", "iat": AT, "exp": AT + 3600, "nonce": "n-0S6_WzA2Mj", "auth_time": AT - 30,
    "at_hash": at_hash, "name": "김철수"}, hmac_key))

write("logout.jwt", sign({"alg": "HS256", "typ": "logout+jwt"}, {"iss": "https://auth.example.com",
    "aud": "s6BhdRkqt3", "iat": AT, "jti": "lt-0001", "sid": "08a5019c-17e1-4977-8f42-65a12843ea02",
    "events": {"http://schemas.openid.net/event/backchannel-logout": {}}}, hmac_key))

jkt = holder.thumbprint()
bound = sign({"alg": "HS256", "typ": "at+jwt"}, {"iss": "https://auth.example.com", "sub": "user-4821",
    "aud": "orders-api", "client_id": "s6BhdRkqt3", "iat": AT, "exp": AT + 900, "jti": "at-0002",
    "cnf": {"jkt": jkt}}, hmac_key)
write("dpop-access-token.jwt", bound)
write("dpop.jwt", sign({"alg": "ES256", "typ": "dpop+jwt", "jwk": holder_public}, {"jti": "e1j3V_bKic8-LAEB",
    "htm": "GET", "htu": "https://api.example.com/orders", "iat": AT + 5,
    "ath": b64(hashlib.sha256(bound.encode()).digest())}, holder))


def disclosure(parts):
    encoded = b64(json.dumps(parts, ensure_ascii=False).encode())
    return encoded, b64(hashlib.sha256(encoded.encode()).digest())


given, given_digest = disclosure(["2GLC42sKQveCfGfryNRN9w", "given_name", "철수"])
family, family_digest = disclosure(["eluV5Og3gSNII8EYnsxA_A", "family_name", "김"])
country, country_digest = disclosure(["6Ij7tM-a5iVPGboS5tmvVA", "KR"])
issuer = sign({"alg": "HS256", "typ": "dc+sd-jwt"}, {"iss": "https://issuer.example", "iat": AT, "exp": AT + 31536000,
    "vct": "https://credentials.example/identity", "_sd_alg": "sha-256",
    "_sd": [given_digest, family_digest, b64(hashlib.sha256(b"decoy").digest())],
    "nationalities": [{"...": country_digest}, "DE"], "cnf": {"jwk": holder_public}}, hmac_key)
presentation = f"{issuer}~{given}~{family}~{country}~"
kb = sign({"alg": "ES256", "typ": "kb+jwt"}, {"iat": AT + 5, "aud": "https://verifier.example", "nonce": "1234567890",
    "sd_hash": b64(hashlib.sha256(presentation.encode()).digest())}, holder)
write("sd-jwt.txt", presentation + kb)
