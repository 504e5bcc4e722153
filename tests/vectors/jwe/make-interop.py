"""Makes interop.json: compact JWEs sealed by an independent implementation (Python's jwcrypto,
pip install jwcrypto) for every key management and content algorithm tokenscope opens, with the keys that open
them. Run from this folder: python3 make-interop.py. The tokens are random; the file is committed as made."""
import json

from jwcrypto import jwe, jwk

PLAINTEXT = "Live long and prosper. 오래 번영하라."
ENCS = ["A128CBC-HS256", "A192CBC-HS384", "A256CBC-HS512", "A128GCM", "A192GCM", "A256GCM"]
SIZES = {"A128CBC-HS256": 256, "A192CBC-HS384": 384, "A256CBC-HS512": 512, "A128GCM": 128, "A192GCM": 192, "A256GCM": 256}

rsa = jwk.JWK.generate(kty="RSA", size=2048)
curves = {crv: jwk.JWK.generate(kty="EC", crv=crv) for crv in ["P-256", "P-384", "P-521"]}
x25519 = jwk.JWK.generate(kty="OKP", crv="X25519")
password = jwk.JWK(kty="oct", k=jwk.base64url_encode(b"correct horse battery staple"))

cases = []
for enc in ENCS:
    cases.append(("dir", enc, jwk.JWK.generate(kty="oct", size=SIZES[enc])))
    for alg, size in [("A128KW", 128), ("A192KW", 192), ("A256KW", 256), ("A128GCMKW", 128), ("A192GCMKW", 192), ("A256GCMKW", 256)]:
        cases.append((alg, enc, jwk.JWK.generate(kty="oct", size=size)))
    for alg in ["RSA-OAEP", "RSA-OAEP-256", "RSA1_5"]:
        cases.append((alg, enc, rsa))
    for alg in ["ECDH-ES", "ECDH-ES+A128KW", "ECDH-ES+A192KW", "ECDH-ES+A256KW"]:
        for key in list(curves.values()) + [x25519]:
            cases.append((alg, enc, key))
    for alg in ["PBES2-HS256+A128KW", "PBES2-HS384+A192KW", "PBES2-HS512+A256KW"]:
        cases.append((alg, enc, password))

vectors = []
for alg, enc, key in cases:
    header = {"alg": alg, "enc": enc}
    token = jwe.JWE(PLAINTEXT.encode(), json.dumps(header))
    token.allowed_algs = [alg, enc]
    token.add_recipient(key)
    compact = token.serialize(compact=True)
    vectors.append({"alg": alg, "enc": enc, "key": json.loads(key.export(private_key=True)), "token": compact})

# zip: DEF, once.
key = jwk.JWK.generate(kty="oct", size=256)
token = jwe.JWE(PLAINTEXT.encode() * 20, json.dumps({"alg": "A256KW", "enc": "A256GCM", "zip": "DEF"}))
token.add_recipient(key)
vectors.append({"alg": "A256KW", "enc": "A256GCM", "zip": "DEF", "key": json.loads(key.export()), "token": token.serialize(compact=True), "repeat": 20})

with open("interop.json", "w") as out:
    json.dump({"plaintext": PLAINTEXT, "vectors": vectors}, out, indent=1, ensure_ascii=False)
print(len(vectors), "vectors")
