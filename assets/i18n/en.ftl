### tokenscope: English. Every message here exists in every other catalogue (a test says so).
### Identifiers that scripts match (error kinds, finding ids, statuses) are never in a catalogue.

## Tests of the catalogue machinery

test-greeting = Hello, { $name }
test-span = { $span }

## Spans of time

span-s = { $s } s
span-min = { $min } min
span-min-s = { $min } min { $s } s
span-h = { $h } h
span-h-min = { $h } h { $min } min
span-d = { $d } d
span-d-h = { $d } d { $h } h
span-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}

## The parts of a token

segment-token = token
segment-header = header
segment-payload = payload
segment-signature = signature
segment-encrypted-key = encrypted key
segment-iv = initialization vector
segment-ciphertext = ciphertext
segment-tag = authentication tag
problem-place = (in the { $segment } at character { $offset })

## Base64url

b64-incomplete = base64url text of { $count } characters cannot be complete: one character is missing or one too many
b64-trailing-bits = the last character has non-zero unused bits (RFC 7515 section 2 requires them to be zero)
b64-padding = '=' padding is not allowed in base64url
b64-standard-alphabet = '{ $char }' belongs to standard base64; base64url uses '-' and '_' instead
b64-whitespace = whitespace ({ $char }) is not allowed inside a token
b64-control = control character U+{ $code } is not allowed in base64url
b64-not-base64url = '{ $char }' is not a base64url character

## Reading a token

decode-empty = there is no token in the input
decode-five-parts-without-enc = the token has five parts, as a JWE has, but its header names no "enc" (RFC 7516 section 9)
decode-not-base64url = the { $part } is not valid base64url: { $why }
decode-header-not-utf8 = the header is not UTF-8 (invalid byte at { $at })
decode-header-not-json = the header is not JSON: { $why }
decode-header-repeats = the header repeats the member name "{ $name }" (RFC 7515 section 5.2 forbids it)
decode-header-not-object = the header must be a JSON object, not { $found }
decode-part-missing = the { $part } is missing: a signed token has three parts separated by '.', this one has { $count }
decode-part-count = a signed token has 3 parts and an encrypted one 5; this one has { $count }
json-null = null
json-boolean = a boolean
json-number = a number
json-string = a string
json-array = an array
json-object = an object
source-bearer = took the token after the Bearer prefix
source-authorization = took the token from the Authorization header
source-json-member = took "{ $name }" from the pasted JSON object

## Verifying: the signature

signature-malformed = the token is malformed
signature-encrypted = encrypted tokens are not verified
signature-no-alg = the header names no algorithm
signature-unsecured = an unsecured token has no signature to check
signature-unsupported = { $alg } is not supported
signature-alg-not-string = alg is not a string
signature-not-allowed = { $alg } is not allowed
signature-no-usable-key = no usable key
signature-embedded-unreadable = the embedded key cannot be read
signature-no-key-carried = no key given and the token carries none
signature-no-key = no key given
signature-missing = the token has no signature
signature-key-unusable = the key cannot be used
signature-verified = signature verified
signature-does-not-match = the signature does not match
signature-invalid = the { $alg } signature is not valid: { $why }
verify-encrypted = the token is a JWE (encrypted): it can be shown but not verified without decrypting it
crit-empty = crit must not be an empty list (RFC 7515 section 4.1.11)
crit-registered = crit must not name registered header parameters ({ $names })
crit-unknown = the token requires extensions this program does not implement: { $names }
crit-not-array = crit must be an array of names, not { $found }
alg-missing = the header has no alg
alg-none = alg is "{ $alg }": the token is unsecured and never valid
alg-unsupported = alg "{ $alg }" is not supported
alg-not-string = alg must be a string, not { $found }
alg-not-allowed = alg { $alg } is not among the allowed algorithms ({ $allowed })
key-embedded-invalid = the key in the token's header: { $why }
key-none-embedded = no key was given and the token carries none (no jwk or x5c in its header)
key-untrusted = the signature matches the key the token carries in its own header; anyone can sign a token with a key of their own, so this proves nothing about who issued it
key-weak = { $why }; --allow-weak-keys accepts it
key-carried = { $key } carried in the token
kid-not-found = no key in the JWK Set has kid "{ $kid }" ({ $known })
kid-mismatch = the key with kid "{ $kid }": { $why }
kid-ambiguous = { $count } keys in the JWK Set have kid "{ $kid }" and fit { $alg }: the set is ambiguous
jwks-none-fits = no key in the JWK Set fits { $alg }, and the token has no kid
jwks-many-fit = { $count } keys in the JWK Set fit { $alg } and the token has no kid to choose among them
kids-none = it has no kids
kids-all = it has: { $kids }
kids-some = it has { $count } kids: { $kids }, …

## Verifying: the claims

payload-repeats = the payload repeats the member name "{ $name }"
payload-not-object = the payload must be a JSON object of claims, not { $found }
payload-empty = the payload is empty, not a JSON object of claims
payload-text = the payload is text, not a JSON object of claims
payload-not-utf8 = the payload is not UTF-8, so not a JSON object of claims
claim-required-missing = the required claim "{ $name }" is missing
claim-not-numeric-date = { $name } must be a NumericDate (a JSON number), not { $found }
claim-not-string = { $name } must be a string, not { $found }
claim-expired = the token expired at { $when }
claim-not-yet-valid = the token is not valid before { $when }
claim-issued-in-future = the token was issued in the future, at { $when }
claim-iss-missing = the token has no iss, but an issuer is expected
claim-iss-wrong = the issuer "{ $issuer }" is not one of { $expected }
claim-aud-type = aud must be a string or an array of strings
claim-aud-not = aud must be a string or an array of strings, not { $found }
claim-aud-missing = the token has no aud, but an audience is expected
claim-aud-unexpected = the token is meant for { $named } but no audience was expected (give --aud, or --skip aud)
claim-aud-wrong = the token is meant for { $named }, not { $expected }
claim-sub-missing = the token has no sub, but a subject is expected
claim-sub-wrong = the subject is "{ $sub }", not "{ $expected }"
check-exp-expired = expired { $ago } ago ({ $when })
check-exp-leeway = expired { $ago } ago ({ $when }), within the leeway
check-exp-valid = expires in { $ahead } ({ $when })
check-nbf-future = not valid for { $ahead } more ({ $when })
check-nbf-valid = valid since { $when }
check-iat-future = issued { $ahead } in the future ({ $when })
check-iat-leeway = issued { $ahead } in the future ({ $when }), within the leeway
check-iat-valid = issued { $ago } ago ({ $when })
check-iss = issued by "{ $issuer }"
check-iss-unchecked = issued by "{ $issuer }" (not checked)
check-aud = meant for { $named }
check-sub = "{ $sub }"
check-sub-unchecked = "{ $sub }" (not checked)
check-jti = a string
check-present = present
check-skipped = skipped

## Keys

key-jwk-set-mixes-secrets = the JWK Set mixes { $secrets } HMAC secret(s) (kty oct) with { $count } public key(s); a set must hold one or the other, or a token could choose to be checked with a public key as an HMAC secret
key-no-key-was-given = no key was given
key-no-key-jwk-set = no key in the JWK Set has kid "{ $kid }"
key-jwk-set-has-keys = the JWK Set has { $count } keys; choose one with a kid
key-secret-valid-base64 = the secret is not valid base64
key-secret-valid-base64url = the secret is not valid base64url
key-hex-secret-has-odd = the hex secret has an odd number of digits
key-hex-secret-has-non = the hex secret has a non-hex character near position { $at }
key-key-valid-json-error = the key is not valid JSON: { $error }
key-key-empty = the key is empty
key-key-neither-pem-begin = the key is neither PEM (-----BEGIN ...) nor a JWK or JWK Set (JSON); for an HMAC secret use --secret
key-jwk-must-json-object = a JWK must be a JSON object
key-jwks-key-index-error = JWKS key { $index }: { $error }
key-jwks-key-index-json = JWKS key { $index } is not a JSON object
key-jwk-set-holds-no = the JWK Set holds no key this program can use
key-keys-jwk-set-must = "keys" in a JWK Set must be an array
key-jwk-member-member-base64url = JWK member "{ $member }" is not base64url
key-jwk-member-member-must = JWK member "{ $member }" must be a string
key-kty-jwk-needs-member = a { $kty } JWK needs "{ $member }"
key-jwk-needs-kty-string = a JWK needs a "kty" string
key-rsa-jwk-s-private = the RSA JWK's private part is not valid: { $error }
key-ec-curve-crv-supported = EC curve "{ $crv }" is not supported (P-256, P-384, P-521 are)
key-crv-coordinates-must-len = { $crv } coordinates must be { $len } bytes each
key-okp-curve-crv-supported = OKP curve "{ $crv }" is not supported (Ed25519 is)
key-ed25519-x-must-32 = an Ed25519 "x" must be 32 bytes
key-ed25519-x-valid-point = the Ed25519 "x" is not a valid point
key-ed25519-d-must-32 = an Ed25519 "d" must be 32 bytes
key-jwk-kty-other-supported = JWK kty "{ $other }" is not supported (oct, RSA, EC, OKP are)
key-jwk-member-key-ops = JWK member "key_ops" must be an array of strings
key-point-on = the point is not on { $curve }
key-private-scalar-valid = the private scalar is not valid for { $curve }
key-pem-begin-line-closed = a PEM BEGIN line is not closed
key-pem-block-label-has = the PEM block { $label } has no END line
key-pem-key-encrypted-decrypt = the PEM key is encrypted; decrypt it first (openssl pkey -in key.pem -out plain.pem)
key-pem-block-label-valid = the PEM block { $label } is not valid base64
key-pem-text-holds-no = the PEM text holds no key
key-pkcs-1-rsa-private = the PKCS#1 RSA private key cannot be read: { $error }
key-private-key-encrypted-decrypt = the private key is encrypted; decrypt it first (openssl pkey -in key.pem -out plain.pem)
key-pem-block-labelled-other = a PEM block labelled { $other } is not a key this program reads
key-public-key-cannot-read = the public key cannot be read: { $error }
key-rsa-public-key-cut = the RSA public key is cut short
key-ec-curve-secp256k1-es256k = the EC curve secp256k1 (ES256K) is not supported
key-ec-curve-other-supported = the EC curve { $other } is not supported (P-256, P-384, P-521 are)
key-ec-public-key-cut = the EC public key is cut short
key-rsa-modulus-bits-bits = an RSA modulus of { $bits } bits is not a usable key (at least { $minimum } bits, and 2048 to be safe)
key-rsa-modulus-bits-bits-2 = an RSA modulus of { $bits } bits is larger than the { $maximum } this program reads
key-rsa-key-valid-error = the RSA key is not valid: { $error }
key-rsa-public-key-cannot = the RSA public key cannot be read: { $error }
key-certificate-cannot-read-error = the certificate cannot be read: { $error }
key-certificate-s-public-key = the certificate's public key cannot be read: { $error }
key-x5c-certificate-base64 = the x5c certificate is not base64
key-sec1-ec-private-key = the SEC1 EC private key cannot be read, or its curve is not P-256, P-384 or P-521
key-ed448 = Ed448 keys are not supported
key-ed25519-not-point = the Ed25519 public key is not a valid point
key-public-algorithm-unsupported = public keys of algorithm { $oid } are not supported
key-private-algorithm-unsupported = private keys of algorithm { $oid } are not supported
key-pkcs8-unreadable = the PKCS#8 private key cannot be read: { $error }
weak-short-secret = the HMAC secret is { $bytes } bytes, shorter than the { $needed } bytes of the hash output (RFC 7518 section 3.2)
weak-small-modulus = the RSA key is { $bits } bits; at least 2048 are needed (RFC 7518 section 3.3)
weak-roca = the RSA modulus has the ROCA fingerprint (CVE-2017-15361): its private key can be computed from it
mismatch-jwk-alg = the key is for { $own } only (its JWK says alg { $own }), not { $alg }
mismatch-use = the key is marked use: { $usage }, not sig: it is not for signatures
mismatch-key-ops = the key's key_ops ({ $ops }) do not include { $op }
mismatch-confusion = { $alg } is an HMAC algorithm but the key is public-key material ({ $key }); accepting it would let anyone who knows the public key forge tokens (the RS256-to-HS256 confusion attack)
mismatch-secret = { $alg } needs { $needs }, but the key is an HMAC secret
mismatch-family = { $alg } needs { $needs }, but the key is { $key }
kind-secret = an HMAC secret
kind-rsa = an RSA { $bits }-bit key
kind-ec = an EC key on { $curve }
kind-ed25519 = an Ed25519 key
describe-secret = secret, { $how }, { $bytes } bytes
describe-secret-jwk = secret, JWK, { $bytes } bytes
describe-secret-jwk-kid = secret, JWK, kid "{ $kid }", { $bytes } bytes
describe-key-jwk = { $key } (JWK)
describe-key-jwk-kid = { $key } (JWK, kid "{ $kid }")
describe-secret-bytes = secret, { $bytes } bytes
describe-rsa = RSA { $bits }-bit { $half ->
    [private] private
   *[public] public
} key
describe-ec = EC { $curve } { $half ->
    [private] private
   *[public] public
} key
describe-ed25519 = Ed25519 { $half ->
    [private] private
   *[public] public
} key
describe-key-format = { $key } ({ $format })
describe-x5c = { $key } (x5c certificate in the token)
needs-rsa = an RSA key
ecdsa-length = an { $alg } signature is { $expected } bytes (r || s); this one has { $found }{ $der ->
    [der] , which looks like DER encoding
   *[raw] {""}
}
signature-key-unusable-because = the key cannot be used: { $why }
alg-needs = { $alg } needs { $needs }
hmac-key-unusable = the secret cannot be used as an HMAC key
p521-invalid = the P-521 key is not valid
p521-private-invalid = the P-521 private key is not valid
sign-needs-private = signing with { $alg } needs a private key; { $key } is only the public half
sign-rsa-too-small = an RSA key of { $bits } bits is too small for { $alg }, which needs at least { $least } bits
sign-failed = signing failed: { $why }
sign-encode-key = the { $what } private key cannot be encoded for signing
sign-needs-private-key = signing needs a private key

## Making tokens

encode-header-not-object = the header must be a JSON object
encode-alg-conflict = the header says alg { $found } but the token is to be signed with { $wanted }
encode-not-json = the { $part } is not valid JSON: { $why }
walkthrough-not-hmac = { $alg } is not an HMAC algorithm
walkthrough-needs-secret = the walk-through needs an HMAC secret

## Findings

lint-payload-not-claims-title = The payload is not a JSON object of claims
lint-payload-not-claims-explanation = A JWT's payload must be a JSON object (RFC 7519 section 7.2). Verifiers will reject this token, or worse, treat it in ways nobody planned.
lint-duplicate-claims-title = Claims appear more than once: { $payload_duplicates }
lint-duplicate-claims-explanation = JSON parsers disagree about repeated names: some keep the first, most the last. An attacker can use that to show one value to a gateway and another to the service behind it.
lint-alg-none-title = alg is "{ $none }": the token is not signed
lint-alg-none-explanation = Anyone can write such a token. A verifier that accepts alg none (in any letter case) lets attackers make up any claims they like; it must be rejected always.
lint-unsupported-alg-explanation = Without a known algorithm the signature cannot be checked. Verifiers should allow a fixed list of algorithms and reject everything else.
lint-empty-signature-title = The token says { $alg } but carries no signature
lint-empty-signature-explanation = A signed token with an empty signature is what alg-none attacks look like after the header was restored. No verifier should accept it.
lint-weak-key-title = The RSA key is { $bits } bits; at least 2048 are needed
lint-weak-key-explanation = RSA moduli of { $bits } bits have been factored or are within reach of those who try; whoever factors this one can sign any token. Use a key of 2048 bits or more.
lint-weak-key-title-2 = The RSA key ({ $bits } bits) has the ROCA fingerprint
lint-weak-key-explanation-2 = The key was made by a library whose primes have a structure that lets anyone compute the private key from the public one. Replace it with a key from another generator.
lint-alg-key-mismatch-title = { $alg } does not fit the key given ({ $kind_name })
lint-alg-key-mismatch-explanation = { $reason }. A verifier must decide the algorithm from the key, not from the token's header.
lint-alg-key-mismatch-title-2 = { $alg } does not fit the key type the header declares
lint-alg-key-mismatch-explanation-2 = { $reason }.
lint-empty-secret-title = The HMAC secret is empty
lint-empty-secret-explanation = An empty key makes the signature a plain hash anyone can compute.
lint-weak-secret-title = The secret is { $count } bytes; { $alg } needs at least { $minimum }
lint-weak-secret-explanation = A secret shorter than the hash output can be guessed offline from any one token. Use { $minimum } or more random bytes.
lint-crack-skipped-title = The weak-secret list was not tried: the token is { $bytes } KiB
lint-crack-skipped-explanation = Trying the list costs one HMAC over the whole token per word, so it is only done for tokens up to { $limit } KiB. Give the secret to have it checked for length and against the list.
lint-weak-secret-explanation-2 = Secrets from word lists and documentation are tried first by anyone who captures a token; with this secret they can sign any token they like. Use at least { $minimum } random bytes and rotate the secret.
lint-suspicious-kid-title = The kid contains { $kind }
lint-suspicious-kid-explanation = Servers look the kid up in files, databases or shells. A kid crafted like this one can read another file (often an empty one, making the key empty), inject SQL or run commands.
lint-unsupported-crit-title = The header marks extensions as critical: { $crit }
lint-unsupported-crit-explanation = A verifier must reject a token whose crit names an extension it does not implement; one that ignores crit may accept tokens under rules it does not follow.
lint-unexpected-typ-title = typ is "{ $typ }", not JWT or at+jwt
lint-unexpected-typ-explanation = Explicit types keep one kind of token from being accepted as another (an ID token as an access token, say). Check that the verifier expects this typ.
lint-unencoded-payload-title = The payload is not base64url encoded (b64: false)
lint-unencoded-payload-explanation = RFC 7797 payloads are signed as raw bytes; verifiers that do not implement it compute a different signing input, and the payload must never contain a '.'.
lint-encrypted-token-title = The token is encrypted (JWE)
lint-encrypted-token-explanation = Its claims cannot be read or checked here without the decryption key.
lint-nested-token-title = The payload is itself a token (cty: JWT)
lint-nested-token-explanation = Nested tokens must be verified at every level; a verifier that stops at the outer layer trusts claims nobody checked.
lint-missing-exp-title = The token never expires (no exp)
lint-missing-exp-explanation = A stolen token without exp works forever. Access tokens should live minutes, not years.
lint-expired-title = The token expired { $exp } ago
lint-expired-explanation = exp is { $exp }; any verifier will reject it.
lint-long-lifetime-title = The token lives { $lifetime } (exp - iat)
lint-long-lifetime-explanation = A stolen access token works until it expires, and most servers cannot revoke it. Keep access tokens short (minutes) and use refresh tokens for long sessions; this one is longer than { $max_lifetime }.
lint-iat-in-future-title = iat is { $now } in the future
lint-iat-in-future-explanation = The token claims to be issued later than now: the issuer's clock is wrong or the token was forged.
lint-nbf-in-future-title = The token is not valid for { $now } more (nbf)
lint-nbf-in-future-explanation = Verifiers will reject it until then.
lint-nbf-after-exp-title = nbf is not before exp: the token is never valid
lint-nbf-after-exp-explanation = No moment satisfies both claims; the issuer has a bug.
lint-milliseconds-timestamp-title = { $name } looks like milliseconds
lint-milliseconds-timestamp-explanation = NumericDate counts seconds. A value in milliseconds lies thousands of years ahead, so an exp like this never expires.
lint-missing-aud-title = No audience (aud)
lint-missing-aud-explanation = Without aud, a token issued for one service is accepted by every other service that trusts the issuer.
lint-missing-iss-title = No issuer (iss)
lint-missing-iss-explanation = Verifiers cannot tell which issuer's rules and keys apply.
lint-sensitive-claim-title = The claim "{ $name }" looks sensitive
lint-sensitive-claim-explanation = Anyone holding the token can base64-decode the payload and read it: signing does not hide anything. Keep secrets out of JWTs, or encrypt the token (JWE).
lint-card-number-title = "{ $name }" holds what looks like a payment card number
lint-card-number-explanation = The payload is readable by anyone who holds the token. Card numbers must never travel in a JWT.
lint-email-address-title = "{ $name }" holds an e-mail address
lint-email-address-explanation = Personal data in a token is readable by everyone who holds it, including logs and browser storage.
lint-phone-number-title = "{ $name }" holds a phone number
lint-phone-number-explanation = Personal data in a token is readable by everyone who holds it, including logs and browser storage.
lint-opaque-blob-title = "{ $name }" holds a long opaque value ({ $count } characters)
lint-opaque-blob-explanation = Large encoded blobs in a token are often serialized sessions or other secrets; they are readable and make every request bigger.
lint-weak-secret-listed-title = The secret is on the list of weak and published secrets
lint-weak-secret-empty-title = The token was signed with an empty secret
lint-weak-secret-cracked-title = The token was signed with the weak secret "{ $word }"
carries-jwk = a public key
carries-jku = a URL to fetch keys from
carries-x5u = a URL to fetch a certificate from
carries-x5c = a certificate chain
lint-header-key-title = The header carries { $what } ({ $name })
lint-header-key-explanation = A verifier that uses { $what } named by the token itself lets the attacker choose the key that checks the attacker's signature. Only keys the verifier already trusts may be used.
lint-unsupported-alg-title = alg "{ $alg }" is not a JWS algorithm this program knows
lint-unsupported-alg-missing-title = The header has no usable alg
kid-path-traversal = path traversal characters
kid-sql-injection = SQL injection characters
kid-shell = shell characters

## Claims: their titles and meanings

claim-iss-title = Issuer
claim-iss-meaning = who issued the token
claim-sub-title = Subject
claim-sub-meaning = whom the token is about, usually a user id
claim-aud-title = Audience
claim-aud-meaning = the recipients the token is meant for; others must reject it
claim-exp-title = Expiration Time
claim-exp-meaning = the token must not be accepted on or after this time
claim-nbf-title = Not Before
claim-nbf-meaning = the token must not be accepted before this time
claim-iat-title = Issued At
claim-iat-meaning = when the token was issued
claim-jti-title = JWT ID
claim-jti-meaning = a unique id for the token, used to stop replays and to revoke it
claim-name-title = Full name
claim-name-meaning = the user's full name
claim-given-name-title = Given name
claim-given-name-meaning = the user's given (first) name
claim-family-name-title = Family name
claim-family-name-meaning = the user's surname
claim-middle-name-title = Middle name
claim-middle-name-meaning = the user's middle name
claim-nickname-title = Nickname
claim-nickname-meaning = a casual name of the user
claim-preferred-username-title = Preferred username
claim-preferred-username-meaning = the name the user wants to be shown
claim-profile-title = Profile URL
claim-profile-meaning = the user's profile page
claim-picture-title = Picture URL
claim-picture-meaning = the user's profile picture
claim-website-title = Website
claim-website-meaning = the user's web page or blog
claim-email-title = E-mail
claim-email-meaning = the user's preferred e-mail address
claim-email-verified-title = E-mail verified
claim-email-verified-meaning = whether the e-mail address was verified
claim-gender-title = Gender
claim-gender-meaning = the user's gender
claim-birthdate-title = Birthdate
claim-birthdate-meaning = the user's birthday
claim-zoneinfo-title = Time zone
claim-zoneinfo-meaning = the user's time zone
claim-locale-title = Locale
claim-locale-meaning = the user's locale
claim-phone-number-title = Phone number
claim-phone-number-meaning = the user's preferred telephone number
claim-phone-number-verified-title = Phone verified
claim-phone-number-verified-meaning = whether the phone number was verified
claim-address-title = Address
claim-address-meaning = the user's postal address
claim-updated-at-title = Updated at
claim-updated-at-meaning = when the user's information was last updated
claim-auth-time-title = Authentication time
claim-auth-time-meaning = when the user authenticated
claim-nonce-title = Nonce
claim-nonce-meaning = ties an ID token to the client's authentication request
claim-acr-title = Authentication context
claim-acr-meaning = how strongly the user was authenticated
claim-amr-title = Authentication methods
claim-amr-meaning = the methods used to authenticate the user
claim-azp-title = Authorized party
claim-azp-meaning = the client the ID token was issued to
claim-at-hash-title = Access token hash
claim-at-hash-meaning = binds an ID token to an access token
claim-c-hash-title = Code hash
claim-c-hash-meaning = binds an ID token to an authorization code
claim-sid-title = Session ID
claim-sid-meaning = the user's session at the issuer
claim-scope-title = Scope
claim-scope-meaning = the permissions the token grants, space separated
claim-client-id-title = Client ID
claim-client-id-meaning = the OAuth client the token was issued to
claim-act-title = Actor
claim-act-meaning = who acts on behalf of the subject (delegation)
claim-may-act-title = May act
claim-may-act-meaning = who is allowed to act on behalf of the subject
claim-cnf-title = Confirmation
claim-cnf-meaning = the key the holder must prove possession of
claim-roles-title = Roles
claim-roles-meaning = the roles of the subject
claim-groups-title = Groups
claim-groups-meaning = the groups the subject belongs to
claim-entitlements-title = Entitlements
claim-entitlements-meaning = the entitlements of the subject
claim-events-title = Security events
claim-events-meaning = the events a security event token reports
claim-toe-title = Time of event
claim-toe-meaning = when the reported event happened
claim-txn-title = Transaction
claim-txn-meaning = an id for the transaction the token belongs to
claim-private-meaning = private claim: its meaning is up to the issuer

## Header parameters: their titles and meanings

header-alg-title = Algorithm
header-alg-meaning = the algorithm that signs (or encrypts the key of) the token
header-jku-title = JWK Set URL
header-jku-meaning = a URL of keys; a verifier that fetches it lets the sender pick the key
header-jwk-title = JSON Web Key
header-jwk-meaning = a public key carried in the token; trusting it proves nothing
header-kid-title = Key ID
header-kid-meaning = which key signed the token
header-x5u-title = X.509 URL
header-x5u-meaning = a URL of the signing certificate chain
header-x5c-title = X.509 chain
header-x5c-meaning = the signing certificate chain, carried in the token
header-x5t-title = X.509 SHA-1 thumbprint
header-x5t-meaning = the SHA-1 thumbprint of the signing certificate
header-x5t-s256-title = X.509 SHA-256 thumbprint
header-x5t-s256-meaning = the SHA-256 thumbprint of the signing certificate
header-typ-title = Type
header-typ-meaning = the media type of the whole token, such as JWT or at+jwt
header-cty-title = Content type
header-cty-meaning = the media type of the payload; JWT means a nested token
header-crit-title = Critical
header-crit-meaning = extensions the verifier must understand or reject the token
header-enc-title = Encryption
header-enc-meaning = the content encryption algorithm of a JWE
header-zip-title = Compression
header-zip-meaning = the compression applied before encryption
header-epk-title = Ephemeral public key
header-epk-meaning = the sender's ephemeral key for ECDH-ES
header-apu-title = Agreement PartyUInfo
header-apu-meaning = information about the producer for key agreement
header-apv-title = Agreement PartyVInfo
header-apv-meaning = information about the recipient for key agreement
header-iv-title = Initialization vector
header-iv-meaning = the IV of an AES-GCM key wrap
header-tag-title = Authentication tag
header-tag-meaning = the tag of an AES-GCM key wrap
header-p2s-title = PBES2 salt
header-p2s-meaning = the salt of a password-based key wrap
header-p2c-title = PBES2 count
header-p2c-meaning = the iteration count of a password-based key wrap
header-b64-title = Base64url-encode payload
header-b64-meaning = false means the payload is not base64url encoded

## Times

time-span = { $span }
time-outside-calendar = { $seconds } seconds is outside the calendar
time-unreadable = '{ $text }' is neither RFC 3339 (2026-01-01T00:00:00Z) nor Unix seconds
time-not-span = '{ $text }' is not a span such as +30s, +15m, +2h or +7d
time-unknown-unit = '{ $text }' has an unknown unit '{ $unit }'; use s, m, h, d or w
time-too-large = '{ $text }' is too large
time-span-outside-calendar = '{ $text }' from now is outside the calendar
time-claim-not-number = { $name } must be a NumericDate (a JSON number of seconds), not { $found }
time-expires-in = expires in { $span }
time-expired-ago = expired { $span } ago
time-not-valid-for = not valid for { $span } more
time-valid-since = valid since { $span } ago
time-issued-in-future = issued { $span } in the future
time-issued-ago = issued { $span } ago
time-in = in { $span }
time-ago = { $span } ago
severity-info = INFO
severity-low = LOW
severity-medium = MEDIUM
severity-high = HIGH
class-registered = registered
class-public = public
class-private = private

## Scenario files

scenario-at-step = step { $step }: { $message }
scenario-config-message = config: { $message }
scenario-scenario-valid-json-e = the scenario is not valid JSON: { $e }
scenario-config-e = config: { $e }
scenario-at-comes-before-previous = at { $at } comes before the previous step's { $previous }: steps must be in time order
scenario-from-no-step-has = "from": no step has the actor "{ $from }"
scenario-at-must-whole-number = "at" must be a whole number of seconds from 0 to { $max } (100 years), not { $at }
scenario-must-from-1-max = "for" must be from 1 to { $max } seconds (100 years), not { $seconds }
scenario-field-must-from-least = { $field } must be from { $least } to { $max } seconds (100 years), not { $value }
scenario-message-null-means-no = { $message }; null means no idle limit
scenario-message-null-means-no-2 = { $message }; null means no absolute limit
scenario-grace-count-must-at = grace.count must be at most { $max }, not { $count }
scenario-resource-server-clock-offset = resource_server.clock_offset must be within { $max } seconds (100 years) either way, not { $offset }
scenario-field-must-whole-number = "{ $field }" must be a whole number of seconds, not { $number }
scenario-field-must-number-seconds = "{ $field }" must be a number of seconds, not { $other }
scenario-unknown-field-unknown-step = unknown field "{ $unknown }" (a step has { $fields })
scenario-actor-must-string-other = "actor" must be a string, not { $other }
scenario-name-must-string-other = "{ $name }" must be a string, not { $other }
scenario-unknown-action-action-name = unknown action "{ $action_name }" (expected one of { $names })
scenario-what-must-access-refresh = "what" must be access, refresh or both, not "{ $other }"
scenario-action-name-needs-more = "{ $action_name }" needs more than its name
scenario-lose-response-must-true = "lose_response" must be true or false, not { $other }
scenario-lose-response-applies-request = "lose_response" applies to a request that issues tokens, not to { $action_name }
scenario-token-does-apply-action = "token" does not apply to { $action_name }
scenario-token-must-name-prefix = "token" must name a { $prefix } label such as { $prefix }1, not "{ $label }"
scenario-from-applies-steal-action = "from" applies to steal, not to { $action_name }
scenario-scenario-must-json-object = the scenario must be a JSON object
scenario-name-must-string = "name" must be a string
scenario-description-must-string = "description" must be a string
scenario-scenario-has-no-steps = the scenario has no "steps"
scenario-steps-must-array = "steps" must be an array
scenario-actor-cannot-steal-from = an actor cannot steal from itself
scenario-there-no-such-step = there is no such step
scenario-token-error-status-must = token_error_status must be an HTTP error status (400-599)
scenario-actor-must-empty = "actor" must not be empty
scenario-step-has-no-actor = the step has no "actor"
scenario-step-must-json-object = a step must be a JSON object
scenario-step-has-no-at = the step has no "at"
scenario-step-has-no-do = the step has no "do"
scenario-steal-needs-from-actor = a steal needs "from": the actor whose tokens are copied
scenario-store-outage-needs-how = a store_outage needs "for": how many seconds the store is down

## The simulation

server-actor-cannot-log-store = { $actor } cannot log in: { $down }
server-actor-logs-server-starts = { $actor } logs in: the server starts family { $family_id } and issues { $labels } (valid until { $expiry } s) and { $refresh }
server-actor-logs-gets-valid = { $actor } logs in and gets { $labels } (valid until { $expiry } s); there is no refresh token in this design
server-valid-until-at-s = { $label } (valid until { $at } s)
server-no-expiry = { $label } (no expiry)
server-actor-has-no-refresh = { $actor } has no refresh token to present
server-actor-cannot-refresh-store = { $actor } cannot refresh: { $down }
server-label-access-token-refresh = { $label } is an access token, not a refresh token
server-label-rejected-family-family = { $label } is rejected: family { $family_id } was revoked at { $at } s { $why }
server-label-rejected-session-s = { $label } is rejected: the session's absolute lifetime ended at { $expiry } s; log in again
server-label-was-revoked = { $label } was revoked
server-label-expired-at-at = { $label } expired at { $at } s: it sat unused longer than the idle lifetime; log in again
server-actor-refreshes-label-server = { $actor } refreshes with { $label }: the server marks it consumed and issues { $access_label } and { $child }
server-actor-refreshes-label-gets = { $actor } refreshes with { $label } and gets { $access_label }; { $label } stays the same and stays valid{ $until }
server-actor-presents-label-again = { $actor } presents { $label } again, already consumed; inside the grace rule the server returns { $access_label } and the current { $handed }
server-actor-presents-label-again-2 = { $actor } presents { $label } again, already consumed at { $consumed_at } s; inside the grace rule the server issues { $access_label } and { $child_label }, so family { $id } branches
server-label-was-already-used = { $label } was already used at { $consumed_at } s: reuse detected. The server cannot tell the thief from the owner, so it revokes family { $id } and every refresh token in it
server-label-was-already-used-2 = { $label } was already used at { $consumed_at } s; without reuse detection the server just refuses it
server-actor-has-no-access = { $actor } has no access token to extend
server-extend-refuses-problem = /extend refuses it: { $problem }
server-does-not-extend = this server does not extend access tokens: it uses refresh tokens
server-label-refused-session-family = { $label } is refused: the session { $family_id } was revoked at { $at } s
server-actor-sends-expired-label = { $actor } sends the { $expired ->
    [yes] expired { $label }
   *[no] { $label }
} to /extend; its signature is good, so the server issues { $access_label }: whoever holds any access token can stay logged in forever
server-actor-cannot-revoke-store = { $actor } cannot revoke: { $down }
server-revocation-answers-200-anything = revocation answers 200 for anything; { $label } is not an access token
server-revocation-answers-200-even = revocation answers 200 even for an unknown token such as { $label }
server-actor-has-no-access-2 = { $actor } has no access token; revocation answers 200 anyway
server-label-goes-on-denylist = { $label } goes on the denylist until { $until } s
server-s-too-early-resource = : that is { $early } s too early, the resource server's leeway lets it back in until { $back } s
server-actor-cannot-log-out = { $actor } cannot log out: { $down }
server-logout-answers-200-even = logout answers 200 even for an unknown token such as { $label }
server-actor-holds-no-token = { $actor } holds no token; logout answers 200 anyway
server-actor-logs-out-family = { $actor } logs out; family { $family_id } was already revoked
server-actor-logs-out-family-2 = { $actor } logs out: family { $family_id } is revoked. Its access tokens still pass a resource server that validates them locally until they expire
server-actor-cannot-change-password = { $actor } cannot change the password: { $down }
server-actor-changes-password-there = { $actor } changes the password; there was no live session to revoke
server-actor-changes-password-every = { $actor } changes the password: every session of { $actor } is revoked ({ $families }); issued access tokens live on until they expire unless the resource server checks with the server
rs-its-clock-reads-rs = {" "}(its clock reads { $rs_now } s)
rs-expired-at-exp-s = { $label } expired at { $exp } s and the { $leeway } s leeway is used up{ $clock }
rs-expired-at-exp-s-2 = { $label } expired at { $exp } s{ $clock }
rs-refresh-token-meant-authorization = { $label } is a refresh token, meant for the authorization server, not for the API
rs-message = { $label }: { $message }
rs-actor-calls-api-without = { $actor } calls the API without an access token
rs-label-was-never-issued = { $label } was never issued
rs-api-refuses-problem = the API refuses: { $problem }
rs-api-cannot-reach-token = the API cannot reach the token store to check { $label }, so it refuses the call
rs-api-refuses-label-on = the API refuses: { $label } is on the denylist
rs-api-asks-server-about = the API asks the server about { $label }, which answers inactive: its session was revoked at { $since } s
rs-api-asks-server-about-2 = the API asks the server about { $label }, which answers inactive: expired
rs-actor-calls-api-label = { $actor } calls the API with { $label }: token authenticated (valid until { $expires } s
rs-s-on-api-s = , { $seconds } s on the API's clock with its leeway
rs-api-cannot-tell-actor = ; the API cannot tell that { $actor } is not { $user }
world-actor-tries-steal-from = { $actor } tries to steal from { $from }, who holds nothing yet
world-actor-copies-from-from = { $actor } copies { $tokens } from { $from } (a leaked log, an XSS, a shared device); no request is made, so no server can notice
world-token-store-goes-down = the token store goes down for { $seconds } s (until { $until } s)
lanes-reuse-detected-revoked = reuse detected: { $family } revoked
lanes-logout-revoked = logout: { $family } revoked
lanes-password-change-revoked = password change: { $family } revoked
server-store-down = internal error: the token store is down, so the server cannot look anything up
server-never-issued = { $label } is unknown to the server: it was never issued
server-never-issued-extend = { $label } is unknown: it was never issued
server-valid-until = {" "}until { $at } s
server-revoked-after-reuse = after reuse was detected
server-revoked-at-logout = at logout
server-revoked-after-password-change = after a password change
server-denylist-unchecked = , but this resource server does not check the denylist
close-parenthesis = )
concat = { $first }{ $second }
list-and = { $init } and { $last }
timeline-lost-response = ; the response is lost on the way, so { $actor } never receives it
timeline-lost-tokens = ; the response is lost on the way, so { $actor } never receives { $tokens }

## src/app/editor.rs
app-editor-token = Token
app-editor-paste = Paste
app-editor-open = Open…
app-editor-replace-token-clipboard-ctrl = Replace the token with the clipboard (Ctrl+V)
app-editor-open-token-from-file = Open a token from a file (Ctrl+O)
app-editor-copy-token = Copy the token
app-editor-clear = Clear
app-editor-copy = Copy
app-editor-note = Note: { $line }.
app-editor-token-mb-shown-edited = This token is { $count } MB; it is shown, not edited. Paste or open another to replace it.
app-editor-paste-jwt-bearer-header = Paste a JWT, a Bearer header or a token response…
app-editor-nothing-pasted-clipboard-available = Nothing pasted: the clipboard is not available ({ $error }).
app-editor-token-copied = Token copied.

## src/app/encoder.rs
app-encoder-exp-now = exp = now +
app-encoder-iat-now = iat = now
app-encoder-set-exp = Set exp
app-encoder-new-jti = New jti
app-encoder-copy-token = Copy token
app-encoder-open-inspector = Open in inspector
app-encoder-re-encode-edited-header = Re-encode the edited header and payload with the inspected token's signature: what tampering looks like
app-encoder-header = Header
app-encoder-payload = Payload
app-encoder-secret = secret
app-encoder-private-key-pem-pkcs = Private key: PEM (PKCS#8, PKCS#1, SEC1) or JWK with d
app-encoder-bring-token-from-inspector = Bring a token from the inspector (Edit in encoder) to keep its signature
app-encoder-must-json-object = the { $part } must be a JSON object
app-encoder-line-column = { $part }, line { $line } column { $column }: { $error }
app-encoder-needs-private-key-pem = { $alg } needs a private key (PEM or JWK)

## src/app/key_panel.rs
app-key-panel-leeway = Leeway
app-key-panel-skip = Skip
app-key-panel-key = Key
app-key-panel-open-key-file = Open key file…
app-key-panel-accept-hmac-secret-shorter = Accept an HMAC secret shorter than its hash, or an RSA key under 2048 bits or with the ROCA fingerprint, as --allow-weak-keys does
app-key-panel-no-key-given-check = With no key given, check the signature with the token's own jwk or x5c. It shows whether they match, but proves nothing: anyone can sign with a key of their own (--use-embedded-key)
app-key-panel-show-hide-secret = Show or hide the secret
app-key-panel-how-secret-written = How the secret is written
app-key-panel-do-check-skip = Do not check { $check } (as --skip { $check })
app-key-panel-for = for { $alg }
app-key-panel-hmac-secret = HMAC secret
app-key-panel-public-key-pem-certificate = Public key: PEM, certificate, JWK or JWK Set
app-key-panel-allow-weak-keys = Allow weak keys
app-key-panel-try-key-token-carries = Try the key the token carries
app-key-panel-claim-checks = Claim checks

## src/app/mod.rs
app-window-store-last-token-on = Store the last token on this machine between runs (off by default; never the key)
app-window-offline-nothing-you-paste = 🔒 Offline: nothing you paste leaves this machine, and nothing is saved unless you ask.
app-window-remember-last-token = Remember last token

## src/app/results_view.rs
app-results-view-lifetime-exp-iat = Lifetime (exp − iat): { $lifetime }
app-results-view-utc-local = { $relative }
    UTC    { $utc }
    local  { $local }
app-results-view-copy-header = Copy the header as JSON
app-results-view-copy-payload = Copy the payload as JSON
app-results-view-not-base64url = not base64url
app-results-view-bytes = { $count } bytes
app-results-view-part-size = { $part }: { $size }
app-results-view-text-cut = Not JSON: shown as text (the first { $shown } of { $total } bytes)
app-results-view-text = Not JSON: shown as text
app-results-view-hex-cut = Not text: the first { $shown } of { $total } bytes in hex
app-results-view-hex = Not text: { $total } bytes in hex
app-results-view-claim-hover = { $title }: { $meaning }
    { $reference }
app-results-view-claim-reference = { $title }
    { $reference }
app-results-view-time-milliseconds = { $relative }  ·  looks like milliseconds  ·  { $utc }
app-results-view-time-line = { $relative }  ·  { $utc }  ·  local { $local }
app-results-view-finding-title = { $severity }  { $title }
app-analysis-encrypted = encrypted: the payload cannot be read without the key
app-analysis-unreadable = the payload could not be decoded
app-results-view-paste-token-inspect = Paste a token to inspect it
app-results-view-claims = Claims
app-results-view-findings = Findings ({ $count })
app-results-view-ctrl-v-pastes-ctrl = Ctrl+V pastes, Ctrl+O opens a file, or pick one from Examples.
app-results-view-trying-weak-secret-list = Trying the weak-secret list…

## src/app/verdict_view.rs
app-verdict-view-skip-aud-check = Skip the aud check
app-verdict-view-fill-audience-check-audience = Fill the audience check with the audience the token names
app-verdict-view-skip-aud-on-command = As --skip aud on the command line
app-verdict-view-key = key: { $key }
app-verdict-view-token-valid = Token valid
app-verdict-view-token-valid-2 = Token not valid: { $kind }
app-verdict-view-give-key-check-signature = Give the key to check the signature
app-verdict-view-how-signature-computed = How this signature is computed

## src/app/timeline/canvas.rs
app-canvas-family-issued-at-s = { $label } ({ $token }) of family { $family }
    issued at { $issued_at } s, expires { $expires }
    click to open it in the inspector
app-canvas-expires-never = never
app-canvas-expires-at = at { $at } s
app-canvas-steals = steals { $labels }
app-canvas-store-down = store down
app-canvas-authorization-server = authorization server
app-canvas-resource-server = resource server
app-canvas-token-store = token store

## src/app/timeline/config_panel.rs
app-config-panel-strategy = Strategy
app-config-panel-grace = Grace
app-config-panel-extra-uses = Extra uses
app-config-panel-grace-seconds = Grace seconds
app-config-panel-access-ttl = Access TTL
app-config-panel-token-error-status = Token error status
app-config-panel-clock-offset = Clock offset
app-config-panel-no-limit = no limit
app-config-panel-resource-server = Resource server
app-config-panel-400-rfc-6749 = 400 (RFC 6749)
app-config-panel-403-auth0 = 403 (Auth0)
app-config-panel-check-denylist = Check the denylist
app-config-panel-introspect-every-token = Introspect every token

## src/app/timeline/log.rs
app-log-event-log = Event log
app-log-token-store-at-s = Token store at { $at } s
app-log-open-inspector = Open { $label } in the inspector
app-log-server = server
app-log-www-authenticate = WWW-Authenticate: { $challenge }
app-log-press-step-forward-play = Press Step forward or Play to follow the scenario.
app-log-empty = empty

## src/app/timeline/mod.rs
app-timeline-speed = Speed
app-timeline-time = Time
app-timeline-action = Action
app-timeline-what = What
app-timeline-for = For
app-timeline-scenario = Scenario
app-timeline-restart = ⏮ Restart
app-timeline-step-back = ◀ Step back
app-timeline-step-forward = Step forward ▶
app-timeline-fit = Fit
app-timeline-add-at-s = Add at { $round } s
app-timeline-server-config = Server config
app-timeline-steps = Steps
app-timeline-show-whole-scenario = Show the whole scenario
app-timeline-delete-selected-step = Delete selected step
app-timeline-edit = Edit A
app-timeline-edit-b = Edit B
app-timeline-compare-two-configs = Compare two configs
app-timeline-step-cannot-added = The step cannot be added: { $message }.
app-timeline-step-cannot-deleted = The step cannot be deleted: { $message }.
app-timeline-saving-image = Saving the image…
app-timeline-saved = Saved { $display }.
app-timeline-no-scenario-file-was = No scenario file was chosen.
app-timeline-no-file-was-chosen = No file was chosen.
app-window-language = Language
app-window-language-hint = The language of the window (kept between runs)
app-tab-inspect = Inspect
app-tab-encode = Encode
app-tab-timeline = Timeline
app-theme-dark = Dark
app-theme-light = Light
app-theme-system = System
app-timeline-actor = Actor
app-timeline-from = From
preset-broken = (broken preset { $name })
app-timeline-no-preset = no preset named "{ $name }"
app-timeline-compare-a = A: { $config }
app-timeline-compare-b = B: { $config }
app-timeline-open-scenario = Open scenario…
app-timeline-open-scenario-hint = Open a scenario file (JSON)
app-timeline-save-scenario = Save scenario…
app-timeline-save-scenario-hint = Save the scenario with its config and steps
app-timeline-export-csv = Export CSV…
app-timeline-export-csv-hint = The event log as CSV
app-timeline-export-png = Export PNG…
app-timeline-export-png-hint = The lanes as an image
app-timeline-pause = ⏸ Pause
app-timeline-play = ▶ Play
app-timeline-scenario-file-error = { $display }: { $error }
app-timeline-cannot-write = cannot write { $display }: { $error }

## src/app/encoder.rs
app-encoder-careful-verifier-will-refuse = ⚠ A careful verifier will refuse this token: { $weakness }.
app-encoder-keep-old-signature = Keep the old signature
app-encoder-header-json = Header JSON
app-encoder-payload-json = Payload JSON
app-encoder-signing-algorithm = Signing algorithm
app-encoder-signing-secret = Signing secret
app-encoder-signing-secret-encoding = Signing secret encoding
app-encoder-private-key = Private key

## src/app/inspect.rs
app-inspect-opened-text-mb-window = Not opened: the text is { $size } MB, and the window opens up to { $limit } MB. `tokenscope decode` reads any size.

## src/app/key_panel.rs
app-key-panel-secret = Secret
app-key-panel-secret-encoding = Secret encoding
app-key-panel-public-key = Public key

## src/app/mod.rs
app-window-settings-cannot-saved = The settings cannot be saved to { $display }: { $error }
app-window-cannot-read = Cannot read { $display }: { $error }
app-window-no-key-file-was = No key file was chosen.
app-window-there-no-example-named = There is no example named "{ $name }".
app-window-text = { $display } is not text.
app-window-decoded-payload-copied = Decoded payload copied.
app-window-examples = Examples
app-window-open-token = Open a token
app-window-open-key = Open a key
app-window-theme = Theme

## src/app/results_view.rs
app-results-view-header-cannot-read = The header cannot be read.
app-results-view-nothing-risky-found = Nothing risky found.

## src/app/verdict_view.rs
app-verdict-view-token-s-signature-exactly = The token's signature is exactly this.
app-verdict-view-token-s-signature-different = The token's signature is different: wrong secret or tampered token.
app-verdict-view-1-signing-input-base64url = 1. Signing input: BASE64URL(header) . BASE64URL(payload)
app-verdict-view-4-base64url-mac-signature = 4. BASE64URL of the MAC: the signature
app-verdict-view-expect = Expect { $quoted }
app-verdict-view-problem = { $kind }: { $message }
app-verdict-view-encrypted = Encrypted: not verified
app-verdict-view-signature-verified = ✔ Signature verified
app-verdict-view-invalid-signature = ✖ Invalid signature
app-verdict-view-unsupported = Unsupported algorithm
app-verdict-view-unsecured = ✖ Unsecured: alg none
app-verdict-view-not-checked = Not checked ({ $detail })
app-verdict-view-2-secret = 2. Secret ({ $bytes } bytes, hex)
app-verdict-view-3-mac = 3. HMAC-SHA-{ $bits }(secret, signing input), hex

## src/app/timeline/canvas.rs
app-canvas-timeline-lanes = Timeline lanes

## src/app/timeline/config_panel.rs
app-config-panel-reuse-detection = Reuse detection
app-config-panel-revoke-ats-on-reuse = Revoke ATs on reuse
app-config-panel-denylist-entry-dies-at = Denylist entry dies at exp (bug)
app-config-panel-refresh-idle = Refresh idle
app-config-panel-refresh-absolute = Refresh absolute

## src/app/timeline/log.rs
app-log-unreachable = unreachable
app-log-issued = issued { $issued }
app-log-column-time = time
app-log-column-actor = actor
app-log-column-request = request
app-log-column-token = token
app-log-column-status = status
app-log-column-error = error
app-log-no-request = no request
app-log-status-error = { $status } { $error }
app-log-event-heading = { $at } s · { $actor } · { $action } · { $status }
app-log-event-heading-message = { $at } s · { $actor } · { $action } · { $status } · { $message }
app-log-seconds = { $at } s
app-log-no-expiry = no expiry
app-config-panel-strategy-extend-access = extend access (no RT)
app-config-panel-strategy-static-refresh = static refresh token
app-config-panel-strategy-rotation = rotation
app-config-panel-grace-none = none
app-config-panel-grace-previous-only-new-token = previous only, new token (Auth0)
app-config-panel-grace-parent-always = parent always (Supabase)
app-config-panel-grace-previous-valid-for = previous valid for (Okta)
app-config-panel-grace-count = count (Keycloak)
app-timeline-loot-access = access token
app-timeline-loot-refresh = refresh token
app-timeline-loot-both = both
app-timeline-reuse-detection-on = { $strategy }, reuse detection on
app-timeline-reuse-detection-off = { $strategy }, reuse detection off
app-log-seconds-left = { $seconds } s left
action-family-started = family started
action-rotated = rotated
action-access-issued = access issued
action-grace-accepted = grace accepted
action-branched = branched
action-reuse-detected = reuse detected
action-family-revoked = family revoked
action-access-deactivated = access deactivated
action-access-extended = access extended
action-denylisted = denylisted
action-families-revoked = families revoked
action-store-down = store down
status-200 = Token authenticated
status-400 = Invalid request
status-401 = Token is not valid
status-403 = Request not permitted
status-500 = Token refresh failed: internal server error
app-log-joined = { $first }; { $second }
app-editor-malformed = Malformed { $segment }: { $message }
app-editor-malformed-at = Malformed { $segment } at character { $offset }: { $message }
app-signature-verified = ✔ Signature verified
app-encoder-invalid-signature = ✖ Invalid signature: { $detail }
app-encoder-not-checked = Not checked: { $detail }
app-key-panel-jwk-set = JWK Set with { $count } keys
app-key-panel-hide = Hide
app-key-panel-show = Show
app-key-panel-issuer = Issuer
app-key-panel-audience = Audience
app-key-panel-subject = Subject
app-key-panel-evaluate-at = Evaluate at
app-key-panel-any-of = any of: a, b
app-key-panel-exact-subject = exact subject
app-key-panel-evaluate-hint = now, or RFC 3339 / Unix seconds
unit-seconds-suffix = { " " }s
unit-minutes-suffix = { " " }min

## src/cli
cli-decode-kind-jwe = JWE (encrypted; the payload cannot be shown without the key)
cli-decode-kind-unsecured = JWS with alg none (unsecured: nobody signed it)
cli-decode-kind-jws = JWS (signed)
cli-decode-token = Token:   { $kind }
cli-decode-alg = Alg:     { $alg }
cli-decode-kid = Kid:     { $kid }
cli-decode-nested = Nested:  cty is JWT, so the payload is itself a token
cli-decode-source = Source:  { $source }
cli-decode-header = Header
cli-decode-payload = Payload
cli-decode-claims = Claims
cli-decode-duplicate = note: the member "{ $name }" appears more than once; the last one is shown
cli-decode-meaning = { $title }: { $meaning }
cli-decode-expired = expired
cli-decode-not-yet-valid = not yet valid
cli-decode-milliseconds = looks like milliseconds; NumericDate is in seconds
cli-decode-lifetime = Lifetime: { $span } (exp - iat)
cli-decode-payload-json = Payload (JSON, not a claims set)
cli-decode-payload-text = Payload (text)
cli-decode-payload-text-cut = Payload (text, the first { $shown } of { $total } bytes)
cli-decode-payload-bytes = Payload ({ $total } bytes, not text)
cli-decode-signature = Signature: { $bytes } bytes (not checked; use tokenscope verify)
cli-verify-signature-valid = signature verified ({ $alg }, { $key })
cli-verify-signature-invalid = invalid signature ({ $alg }): { $detail }
cli-verify-signature-not-checked = signature not checked: { $detail }
cli-verify-signature-unsupported = signature unsupported: { $detail }
cli-verify-signature = Signature: { $line }
cli-verify-claims = Claims:
cli-verify-ok = ok
cli-verify-failed = FAILED
cli-verify-skipped = skipped
cli-verify-errors = Errors:
cli-verify-valid = VALID
cli-verify-invalid = INVALID
cli-lint-no-findings = No findings.
cli-lint-see = see { $reference }
cli-lint-summary = { $count } findings: { $high } high, { $medium } medium, { $low } low, { $info } info
cli-key-not-text = { $path } is not text (PEM or JSON)
cli-key-file-error = { $path }: { $error }

## Inside a JWE
kind-x25519 = an X25519 key
key-x25519-x-must-32 = an X25519 "x" must be 32 bytes
key-x25519-d-must-32 = an X25519 "d" must be 32 bytes
describe-x25519 = X25519 { $half ->
    [private] private
   *[public] public
} key
jwe-decryption-failed = the token cannot be decrypted with this key
jwe-needs-alg = a JWE header needs "alg" as a string
jwe-needs-enc = a JWE header needs "enc" as a string
jwe-unsupported-alg = the key management algorithm { $alg } is not supported
jwe-unsupported-enc = the content encryption { $enc } is not supported
jwe-unsupported-zip = the compression "{ $zip }" is not supported (only DEF)
jwe-needs-p2c = a PBES2 header needs "p2c", a positive iteration count
jwe-p2c-too-large = "p2c" asks for { $count } PBES2 iterations; more than { $max } is refused
jwe-not-jwe = this is not a JWE
jwe-no-key-kid = no key of the JWK Set has the kid "{ $kid }"
jwe-ambiguous-key = { $count } keys of the JWK Set fit this token: give its kid or one key
jwe-needs-secret = { $alg } needs a secret, not { $key }
jwe-dir-length = dir with { $enc } needs a { $len }-byte key; this one has { $found } bytes
jwe-kw-length = { $alg } needs a { $len }-byte key; this one has { $found } bytes
jwe-needs-rsa-private = { $alg } needs an RSA private key, not { $key }
jwe-needs-rsa = { $alg } needs an RSA key, not { $key }
jwe-needs-epk = an ECDH-ES header needs "epk", the sender's ephemeral public key
jwe-needs-member = the header needs "{ $name }"
jwe-member-not-base64url = the header's "{ $name }" is not base64url
jwe-epk-curve = the ephemeral key is on { $crv }, the key on { $curve }
jwe-needs-ec-private = { $alg } needs an EC or X25519 private key, not { $key }
jwe-needs-ec = { $alg } needs an EC or X25519 key, not { $key }
jwe-cannot-encrypt-alg = tokenscope does not encrypt with { $alg }
jwe-rsa-encrypt = the RSA key cannot encrypt: { $error }
signature-jwe-not-signed = an encrypted token, not a signed one: nothing to check
cli-decrypt-needs-key = decrypt needs a key: --secret, --secret-file or --key
cli-encrypt-needs-key = encrypt needs a key: --secret, --secret-file or --key (the recipient's public key)
cli-encrypt-needs-payload = encrypt needs --payload or --token
cli-encrypt-payload-object = --payload must be a JSON object
cli-decode-decrypted = Decrypted ({ $alg }, { $enc })
cli-decode-decryption-failed = Not decrypted: { $message }
cli-decode-inner-token = The token inside
jwk-pem-failed = the key cannot be written as PEM: { $error }
jwk-secret-has-no-pem = a secret has no PEM form; use --to jwk
jwk-x25519-has-no-pem = tokenscope writes X25519 keys as JWKs only; use --to jwk
jwk-rsa-bits = an RSA key is 2048, 3072 or 4096 bits, not { $bits }
jwk-cannot-generate = tokenscope cannot make a key for "{ $alg }"
jwk-generated = a new key for { $alg }
cli-keys-bits = { $bits } bits
cli-keys-private = private
cli-keys-public = public
cli-keys-line = { $kty } { $size } ({ $half })
cli-keys-weak = weak: { $why }
cli-keys-certificate = Certificate
cli-keys-x5t-matches = matches the first certificate
cli-keys-x5t-differs = does NOT match the first certificate
lint-rsa1-5-title = RSA1_5 key management (RSAES-PKCS1-v1_5)
lint-rsa1-5-explanation = RSA1_5 is open to Bleichenbacher's padding oracle: a server that tells a bad padding from a bad tag lets an attacker recover the content key, one query at a time. Use RSA-OAEP-256.
lint-dir-short-key-title = dir with a 128-bit key ({ $enc })
lint-dir-short-key-explanation = With dir every token is encrypted under the same shared key, so its strength is all there is; a 128-bit AES key is the smallest there is. Prefer A256GCM, or a key wrap with a fresh content key per token.
lint-pbes2-low-p2c-title = PBES2 with only { $count } iterations
lint-pbes2-low-p2c-explanation = A password-based key is only as costly to guess as its PBKDF2 iterations make it; under { $low } a stolen token's password falls to an offline search quickly.
lint-jwe-zip-title = Compressed plaintext (zip: DEF)
lint-jwe-zip-explanation = A decompressed plaintext can be many times the token's size (a decompression bomb), and compressing secrets beside attacker-chosen text leaks them through the length (CRIME). tokenscope stops at { $limit } MiB; make sure your library has a limit too.
lint-nested-alg-none-title = The token inside the JWE is unsecured (alg none)
lint-nested-alg-none-explanation = Encryption hides the token but proves nothing about who made it: anyone with the recipient's public key can encrypt an unsigned token. A nested token must be signed, and its signature checked.
app-key-panel-decryption-key = Decryption key
app-key-panel-decryption-key-hint = A secret (in the encoding chosen above) or a private key: PEM or JWK
app-verdict-view-inner-shown = The token inside is shown: its header, claims, signature and findings.
app-verdict-view-plaintext-shown = The plaintext is shown as the payload, its claims checked.
app-verdict-view-opened = 🔓 Decrypted with { $alg } + { $enc }
app-verdict-view-not-opened = ✖ Not decrypted ({ $kind }): { $message }
app-verdict-view-decrypted = 🔓 Decrypted: not signed
app-key-panel-decryption-key-field = Key or secret to decrypt with
app-encoder-envelope-needs-key = Give the recipient's key to encrypt with.
app-encoder-generate-failed = The key could not be made.
app-encoder-generate-key = Generate key
app-encoder-generate-key-hint = A fresh { $alg } key from the operating system's random source (an RSA key takes a moment)
app-encoder-key-facts = Key: { $kty } { $size } ({ $half })
app-encoder-thumbprint = thumbprint { $thumbprint }
app-encoder-thumbprint-hint = The RFC 7638 SHA-256 thumbprint: what cnf.jkt and a JWKS kid are often made of
app-encoder-envelope = Encrypt the token (a nested JWE)
app-encoder-envelope-hint = Seal the signed token in a JWE for a recipient's key, with cty JWT
app-encoder-key-management = Key management algorithm
app-encoder-content-encryption = Content encryption
app-encoder-recipient-key-hint = The recipient's public key (PEM, JWK) or a shared secret in the encoding above
app-encoder-recipient-key = Recipient key
profile-jwt = a JWT
profile-at-jwt = an access token (RFC 9068)
profile-id-token = an OpenID Connect ID token
profile-logout-jwt = an OpenID Connect logout token
profile-dpop-jwt = a DPoP proof (RFC 9449)
profile-kb-jwt = a key binding JWT (RFC 9901)
profile-sd-jwt = an SD-JWT (RFC 9901)
profile-dc-sd-jwt = an SD-JWT verifiable credential
profile-secevent-jwt = a security event token (RFC 8417)
profile-entity-statement-jwt = an OpenID Federation entity statement
profile-jwe = an encrypted token (JWE)
profile-wrong-type = a { $asked } was asked for, and this token is a { $found } (RFC 8725 section 3.11)
profile-is = { $profile }
profile-nonce-matches = matches the expected nonce
profile-nonce-differs = the nonce is "{ $nonce }", not the one expected
profile-nonce-missing = there is no nonce, and one was expected
profile-hash-matches = matches
profile-hash-differs = { $claim } does not match: it should be { $expected }
profile-hash-missing = there is no { $claim } to check
profile-hash-no-alg = { $claim } cannot be checked without a supported alg
profile-auth-time-fresh = authenticated within { $max_age } s
profile-auth-time-stale = authenticated { $ago } ago, more than max_age { $max_age } s
profile-logout-event = names the back-channel logout event
profile-logout-event-missing = events does not name http://schemas.openid.net/event/backchannel-logout
profile-logout-needs-sub-or-sid = a logout token needs sub or sid
profile-logout-nonce = a logout token must not carry a nonce
dpop-needs-jti = a DPoP proof needs a jti
dpop-needs-member = a DPoP proof needs { $name }
dpop-htm-differs = htm is { $found }, the request is { $expected }
dpop-value = { $value }
dpop-htu-query = htu must not carry a query or fragment
dpop-htu-differs = htu is { $found }, the request is { $expected }
dpop-iat-off = iat is { $off } away from now, more than { $leeway } s
dpop-iat-fresh = within { $leeway } s of now
dpop-ath-matches = the hash of the access token
dpop-ath-differs = ath is not the hash of this access token
dpop-jkt-matches = the access token is bound to this proof's key
dpop-jkt-differs = the access token is bound to the key { $jkt }, not this proof's
dpop-needs-jwk = a DPoP proof carries its public key in the header's jwk
dpop-private-jwk = the proof's jwk holds the private member "{ $member }": the key is exposed
dpop-symmetric-alg = a DPoP proof must use an asymmetric algorithm
dpop-signed-by-jwk = signed by the key in its header (a DPoP proof's own key)
dpop-bad-signature = the proof is not signed by its header key: { $why }
lint-at-missing-client-id-title = An access token (at+jwt) without client_id
lint-at-missing-client-id-explanation = RFC 9068 requires client_id, so a resource server can tell which client the token was issued to; a verifier that demands the profile refuses this token.
lint-dpop-private-jwk-title = The DPoP proof's jwk holds its private key ("{ $member }")
lint-dpop-private-jwk-explanation = The header must carry the public key only: anyone who sees this proof can now make proofs of their own, and the token bound to the key is as good as a bearer token.
lint-logout-nonce-title = A logout token with a nonce
lint-logout-nonce-explanation = A logout token must not carry a nonce, so that it can never be taken for an ID token; verifiers refuse it.
cli-decode-disclosures = Disclosures ({ $count })
cli-decode-array-element = (array element)
cli-decode-disclosed-claims = Claims as disclosed
cli-decode-undisclosed = { $count } digests not disclosed (decoys included)
cli-decode-key-binding = Key binding JWT
sd-disclosure-not-base64url = a disclosure is not base64url
sd-disclosure-not-array = a disclosure must be a JSON array [salt, name, value] or [salt, value]
sd-alg-unsupported = _sd_alg { $alg } is not supported (sha-256, sha-384, sha-512)
sd-disclosure-reserved-name = a disclosure may not name "{ $name }"
sd-disclosure-unused = the disclosure with digest { $digest } is referenced nowhere in the payload
sd-digest-repeated = the digest { $digest } occurs more than once
sd-disclosure-twice = a disclosure is given twice
sd-claim-exists = a disclosure names { $name }, which the payload already has
sd-element-in-object = an array element's disclosure is referenced from an object's _sd
sd-property-in-array = a property's disclosure is referenced from an array
sd-kb-missing = a key binding JWT is required, and the presentation has none
sd-kb-typ = the key binding JWT's typ must be kb+jwt
sd-kb-no-cnf = the issuer's claims carry no cnf.jwk to check the key binding JWT with
sd-kb-alg = the key binding JWT needs an asymmetric alg
sd-kb-signature = the key binding JWT is not signed by the holder's key (cnf.jwk)
sd-kb-sd-hash = the key binding JWT's sd_hash does not cover this presentation
sd-kb-iat = the key binding JWT's iat is not within { $leeway } s of now
sd-kb-aud = the key binding JWT is not for the audience { $aud }
sd-kb-nonce = the key binding JWT's nonce is not the one expected
claim-htm-title = HTTP method
claim-htm-meaning = the method of the request this DPoP proof is for
claim-htu-title = HTTP URL
claim-htu-meaning = the URL (without query or fragment) of the request this DPoP proof is for
claim-ath-title = Access token hash
claim-ath-meaning = SHA-256 of the access token this DPoP proof is sent with
claim-sd-title = Selective disclosure digests
claim-sd-meaning = the digests of claims the holder may disclose; the undisclosed ones stay hidden
claim-sd-alg-title = Disclosure hash algorithm
claim-sd-alg-meaning = the hash the disclosure digests are made with (sha-256 when absent)
claim-sd-hash-title = SD-JWT hash
claim-sd-hash-meaning = the hash of the presentation a key binding JWT covers
claim-vct-title = Credential type
claim-vct-meaning = the type of an SD-JWT verifiable credential
claim-status-title = Status
claim-status-meaning = where to look up whether the credential has been revoked or suspended
lint-id-token-as-access-token-title = An ID token offered as an access token
lint-id-token-as-access-token-explanation = An ID token tells the client who logged in; it is meant for the client, not for APIs. An API that accepts it lets any client that obtained a user's ID token call it as that user.
app-key-panel-nonce = Nonce
app-key-panel-nonce-hint = the nonce the client sent (checks nonce)
app-key-panel-access-token = Access token
app-key-panel-at-hash-hint = the access token issued with it (checks at_hash)
app-key-panel-code = Code
app-key-panel-c-hash-hint = the authorization code (checks c_hash)
app-key-panel-htm = HTTP method
app-key-panel-htm-hint = GET, POST, … (checks htm)
app-key-panel-htu = URL
app-key-panel-htu-hint = the request's URL (checks htu)
app-key-panel-ath-hint = the access token sent with the proof (checks ath and cnf.jkt)
app-verdict-view-dpop-jkt = proof key thumbprint (jkt): { $jkt }
app-verdict-view-dpop-jkt-hint = An access token bound to this key carries this value as cnf.jkt
app-results-view-salt = salt { $salt }
app-results-view-unreferenced = referenced nowhere
app-results-view-referenced-at = Where the payload references it (a JSON pointer to the object or array holding its digest)
cli-batch-failed-so-far = { $count } failed so far
app-encoder-envelope-payload-only = Encrypt the payload itself (no signature inside)
app-encoder-envelope-payload-only-hint = The JWE holds the claims as its plaintext instead of the signed token: nothing proves who made them
cli-simulate-secret = tokens are HS256 JWTs signed with the secret "{ $secret }"
cli-simulate-what-happened = what happened
cli-simulate-stole = stole { $labels }
cli-simulate-window-none = attacker window: none (no stolen access token was ever accepted)
cli-simulate-span = { $from } s – { $to } s
cli-simulate-window = attacker window: { $seconds } s in all ({ $spans })
cli-simulate-detected-at = theft detected: at { $at } s (reuse of a consumed refresh token)
cli-simulate-detected-never = theft detected: never
cli-simulate-revoked-none = revoked families: none
cli-simulate-revoked-at = { $family } at { $at } s
cli-simulate-revoked = revoked families: { $families }
cli-encode-weak-warning = warning: the token is signed, but a careful verifier will refuse it: { $weakness }
cli-encode-needs-alg = encode needs --alg
cli-encode-one-alg = encode takes exactly one --alg
cli-encode-header-object = --header must be a JSON object
cli-encode-payload-object = --payload must be a JSON object of claims
cli-encode-needs-key = encode needs a key: --secret, --secret-file or --key
cli-encode-needs-private = signing needs a secret or a private key; the key given is { $key }
cli-lint-lifetime-positive = --max-lifetime must be positive
cli-simulate-no-preset = no preset named "{ $name }"; `tokenscope presets` lists them
cli-simulate-needs-scenario = give a scenario file or --preset NAME
cli-simulate-cannot-run = the scenario cannot be run: { $error }
cli-cannot-write-output = cannot write the output: { $error }
cli-verify-needs-key = verify needs a key: --secret, --secret-file or --key (or --use-embedded-key)
cli-cannot-read-stdin = cannot read stdin: { $error }
cli-not-utf8 = { $path } is not UTF-8 text
cli-cannot-read = cannot read { $path }: { $error }
