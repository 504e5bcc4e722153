### tokenscope: 한국어
### 스크립트가 매칭하는 식별자(오류 종류, 발견 사항 id, 상태)는 카탈로그에 넣지 않습니다.

## 카탈로그 기능 테스트

test-greeting = { $name } 님, 안녕하세요
test-span = { $span }

## 시간 길이

span-s = { $s }초
span-min = { $min }분
span-min-s = { $min }분 { $s }초
span-h = { $h }시간
span-h-min = { $h }시간 { $min }분
span-d = { $d }일
span-d-h = { $d }일 { $h }시간
span-years = { $years }년

## 토큰의 구성 요소

segment-token = 토큰
segment-header = 헤더
segment-payload = 페이로드
segment-signature = 서명
segment-encrypted-key = 암호화된 키
segment-iv = 초기화 벡터
segment-ciphertext = 암호문
segment-tag = 인증 태그
problem-place = ({ $segment }, 문자 위치 { $offset })

## Base64url

b64-incomplete = { $count }자 길이의 base64url 텍스트는 완전할 수 없습니다: 문자가 하나 빠졌거나 하나 더 있습니다
b64-trailing-bits = 마지막 문자의 사용되지 않는 비트가 0이 아닙니다(RFC 7515 2절은 0이어야 한다고 규정합니다)
b64-padding = base64url에서는 '=' 패딩을 사용할 수 없습니다
b64-standard-alphabet = '{ $char }'은(는) 표준 base64 문자입니다. base64url은 대신 '-'와 '_'를 사용합니다
b64-whitespace = 토큰 안에는 공백 문자({ $char })를 넣을 수 없습니다
b64-control = 제어 문자 U+{ $code }은(는) base64url에서 사용할 수 없습니다
b64-not-base64url = '{ $char }'은(는) base64url 문자가 아닙니다

## 토큰 읽기

decode-empty = 입력에 토큰이 없습니다
decode-five-parts-without-enc = 토큰이 JWE처럼 다섯 부분으로 되어 있지만 헤더에 "enc"가 없습니다(RFC 7516 9절)
decode-not-base64url = { $part } 부분이 유효한 base64url이 아닙니다: { $why }
decode-header-not-utf8 = 헤더가 UTF-8이 아닙니다({ $at } 위치에 유효하지 않은 바이트)
decode-header-not-json = 헤더가 JSON이 아닙니다: { $why }
decode-header-repeats = 헤더에 멤버 이름 "{ $name }"이(가) 중복되어 있습니다(RFC 7515 5.2절에서 금지)
decode-header-not-object = 헤더는 JSON 객체여야 합니다(받은 값: { $found })
decode-part-missing = { $part } 부분이 없습니다: 서명된 토큰은 '.'으로 구분된 세 부분으로 이루어지는데, 이 토큰은 { $count }부분입니다
decode-part-count = 서명된 토큰은 3부분, 암호화된 토큰은 5부분으로 이루어지는데, 이 토큰은 { $count }부분입니다
json-null = null
json-boolean = 불리언
json-number = 숫자
json-string = 문자열
json-array = 배열
json-object = 객체
source-bearer = Bearer 접두사 뒤의 토큰을 가져왔습니다
source-authorization = Authorization 헤더에서 토큰을 가져왔습니다
source-json-member = 붙여 넣은 JSON 객체에서 "{ $name }"을(를) 가져왔습니다

## 검증: 서명

signature-malformed = 토큰 형식이 잘못되었습니다
signature-encrypted = 암호화된 토큰은 검증하지 않습니다
signature-no-alg = 헤더에 알고리즘이 지정되어 있지 않습니다
signature-unsecured = 보호되지 않은 토큰에는 확인할 서명이 없습니다
signature-unsupported = { $alg }은(는) 지원하지 않습니다
signature-alg-not-string = alg가 문자열이 아닙니다
signature-not-allowed = { $alg }은(는) 허용되지 않습니다
signature-no-usable-key = 사용할 수 있는 키가 없습니다
signature-embedded-unreadable = 토큰에 포함된 키를 읽을 수 없습니다
signature-no-key-carried = 키가 주어지지 않았고 토큰에도 키가 없습니다
signature-no-key = 키가 주어지지 않았습니다
signature-missing = 토큰에 서명이 없습니다
signature-key-unusable = 키를 사용할 수 없습니다
signature-verified = 서명 검증됨
signature-does-not-match = 서명이 일치하지 않습니다
signature-invalid = { $alg } 서명이 유효하지 않습니다: { $why }
verify-encrypted = 토큰이 JWE(암호화됨)입니다: 내용을 표시할 수는 있지만 복호화하지 않고는 검증할 수 없습니다
crit-empty = crit는 빈 목록일 수 없습니다(RFC 7515 4.1.11절)
crit-registered = crit에 등록된 헤더 매개변수를 지정할 수 없습니다({ $names })
crit-unknown = 토큰이 이 프로그램에서 구현하지 않은 확장을 요구합니다: { $names }
crit-not-array = crit는 이름의 배열이어야 합니다(받은 값: { $found })
alg-missing = 헤더에 alg가 없습니다
alg-none = alg가 "{ $alg }"입니다: 보호되지 않은 토큰이며 절대 유효하지 않습니다
alg-unsupported = alg "{ $alg }"은(는) 지원하지 않습니다
alg-not-string = alg는 문자열이어야 합니다(받은 값: { $found })
alg-not-allowed = alg { $alg }은(는) 허용된 알고리즘({ $allowed })에 포함되지 않습니다
key-embedded-invalid = 토큰 헤더에 있는 키: { $why }
key-none-embedded = 키가 주어지지 않았고 토큰에도 키가 없습니다(헤더에 jwk나 x5c가 없음)
key-untrusted = 서명이 토큰 자체 헤더에 포함된 키와 일치합니다. 누구나 자기 키로 토큰에 서명할 수 있으므로 이것으로는 누가 발급했는지 전혀 증명되지 않습니다
key-weak = { $why }. --allow-weak-keys를 지정하면 허용됩니다
key-carried = 토큰에 포함된 { $key }
kid-not-found = JWK Set에 kid가 "{ $kid }"인 키가 없습니다({ $known })
kid-mismatch = kid가 "{ $kid }"인 키: { $why }
kid-ambiguous = JWK Set에 kid가 "{ $kid }"이고 { $alg }에 맞는 키가 { $count }개 있습니다: 키 세트가 모호합니다
jwks-none-fits = JWK Set에 { $alg }에 맞는 키가 없고, 토큰에 kid도 없습니다
jwks-many-fit = JWK Set에 { $alg }에 맞는 키가 { $count }개 있는데, 토큰에 그중 하나를 고를 kid가 없습니다
kids-none = kid가 있는 키가 없음
kids-all = 있는 kid: { $kids }
kids-some = kid { $count }개: { $kids }, …

## 검증: 클레임

payload-repeats = 페이로드에 멤버 이름 "{ $name }"이(가) 중복되어 있습니다
payload-not-object = 페이로드는 클레임으로 이루어진 JSON 객체여야 합니다(받은 값: { $found })
payload-empty = 페이로드가 비어 있습니다. 클레임으로 이루어진 JSON 객체가 아닙니다
payload-text = 페이로드가 텍스트입니다. 클레임으로 이루어진 JSON 객체가 아닙니다
payload-not-utf8 = 페이로드가 UTF-8이 아니므로 클레임으로 이루어진 JSON 객체가 아닙니다
claim-required-missing = 필수 클레임 "{ $name }"이(가) 없습니다
claim-not-numeric-date = { $name }은(는) NumericDate(JSON 숫자)여야 합니다(받은 값: { $found })
claim-not-string = { $name }은(는) 문자열이어야 합니다(받은 값: { $found })
claim-expired = 토큰이 { $when }에 만료되었습니다
claim-not-yet-valid = 토큰은 { $when } 이전에는 유효하지 않습니다
claim-issued-in-future = 토큰이 미래 시점인 { $when }에 발급되었습니다
claim-iss-missing = 발급자가 지정되어 있지만 토큰에 iss가 없습니다
claim-iss-wrong = 발급자 "{ $issuer }"은(는) { $expected } 중 하나가 아닙니다
claim-aud-type = aud는 문자열 또는 문자열 배열이어야 합니다
claim-aud-not = aud는 문자열 또는 문자열 배열이어야 합니다(받은 값: { $found })
claim-aud-missing = 대상이 지정되어 있지만 토큰에 aud가 없습니다
claim-aud-unexpected = 토큰의 대상은 { $named }이지만 기대하는 대상이 지정되지 않았습니다(--aud를 지정하거나 --skip aud를 사용하세요)
claim-aud-wrong = 토큰의 대상은 { $named }이며 { $expected }이(가) 아닙니다
claim-sub-missing = 주체가 지정되어 있지만 토큰에 sub가 없습니다
claim-sub-wrong = 주체가 "{ $expected }"이(가) 아니라 "{ $sub }"입니다
check-exp-expired = { $ago } 전에 만료됨 ({ $when })
check-exp-leeway = { $ago } 전에 만료됨 ({ $when }), 허용 오차 이내
check-exp-valid = { $ahead } 후 만료 ({ $when })
check-nbf-future = 앞으로 { $ahead } 동안 유효하지 않음 ({ $when })
check-nbf-valid = { $when }부터 유효
check-iat-future = { $ahead } 후의 미래 시점에 발급됨 ({ $when })
check-iat-leeway = { $ahead } 후의 미래 시점에 발급됨 ({ $when }), 허용 오차 이내
check-iat-valid = { $ago } 전에 발급됨 ({ $when })
check-iss = 발급자 "{ $issuer }"
check-iss-unchecked = 발급자 "{ $issuer }" (검증 안 함)
check-aud = 대상: { $named }
check-sub = "{ $sub }"
check-sub-unchecked = "{ $sub }" (검증 안 함)
check-jti = 문자열
check-present = 있음
check-skipped = 건너뜀

## 키

key-jwk-set-mixes-secrets = JWK Set에 HMAC 시크릿(kty oct) { $secrets }개와 공개 키 { $count }개가 섞여 있습니다. 키 세트에는 둘 중 한 종류만 있어야 하며, 그렇지 않으면 토큰이 공개 키를 HMAC 시크릿으로 써서 검증받는 쪽을 고를 수 있습니다
key-no-key-was-given = 키가 주어지지 않았습니다
key-no-key-jwk-set = JWK Set에 kid가 "{ $kid }"인 키가 없습니다
key-jwk-set-has-keys = JWK Set에 키가 { $count }개 있습니다. kid로 하나를 선택하세요
key-secret-valid-base64 = 시크릿이 유효한 base64가 아닙니다
key-secret-valid-base64url = 시크릿이 유효한 base64url이 아닙니다
key-hex-secret-has-odd = hex 시크릿의 자릿수가 홀수입니다
key-hex-secret-has-non = hex 시크릿의 { $at } 위치 근처에 hex가 아닌 문자가 있습니다
key-key-valid-json-error = 키가 유효한 JSON이 아닙니다: { $error }
key-key-empty = 키가 비어 있습니다
key-key-neither-pem-begin = 키가 PEM(-----BEGIN ...)도 아니고 JWK나 JWK Set(JSON)도 아닙니다. HMAC 시크릿이라면 --secret을 사용하세요
key-jwk-must-json-object = JWK는 JSON 객체여야 합니다
key-jwks-key-index-error = JWKS 키 { $index }: { $error }
key-jwks-key-index-json = JWKS 키 { $index }이(가) JSON 객체가 아닙니다
key-jwk-set-holds-no = JWK Set에 이 프로그램이 사용할 수 있는 키가 없습니다
key-keys-jwk-set-must = JWK Set의 "keys"는 배열이어야 합니다
key-jwk-member-member-base64url = JWK 멤버 "{ $member }"이(가) base64url이 아닙니다
key-jwk-member-member-must = JWK 멤버 "{ $member }"은(는) 문자열이어야 합니다
key-kty-jwk-needs-member = { $kty } JWK에는 "{ $member }"이(가) 필요합니다
key-jwk-needs-kty-string = JWK에는 "kty" 문자열이 필요합니다
key-rsa-jwk-s-private = RSA JWK의 개인 키 부분이 유효하지 않습니다: { $error }
key-ec-curve-crv-supported = EC 곡선 "{ $crv }"은(는) 지원하지 않습니다(P-256, P-384, P-521 지원)
key-crv-coordinates-must-len = { $crv } 좌표는 각각 { $len }바이트여야 합니다
key-okp-curve-crv-supported = OKP 곡선 "{ $crv }"은(는) 지원하지 않습니다(Ed25519 지원)
key-ed25519-x-must-32 = Ed25519 "x"는 32바이트여야 합니다
key-ed25519-x-valid-point = Ed25519 "x"가 유효한 점이 아닙니다
key-ed25519-d-must-32 = Ed25519 "d"는 32바이트여야 합니다
key-jwk-kty-other-supported = JWK kty "{ $other }"은(는) 지원하지 않습니다(oct, RSA, EC, OKP 지원)
key-jwk-member-key-ops = JWK 멤버 "key_ops"는 문자열 배열이어야 합니다
key-point-on = 점이 { $curve } 위에 있지 않습니다
key-private-scalar-valid = 개인 스칼라가 { $curve }에 유효하지 않습니다
key-pem-begin-line-closed = PEM BEGIN 줄이 닫히지 않았습니다
key-pem-block-label-has = PEM 블록 { $label }에 END 줄이 없습니다
key-pem-key-encrypted-decrypt = PEM 키가 암호화되어 있습니다. 먼저 복호화하세요(openssl pkey -in key.pem -out plain.pem)
key-pem-block-label-valid = PEM 블록 { $label }이(가) 유효한 base64가 아닙니다
key-pem-text-holds-no = PEM 텍스트에 키가 없습니다
key-pkcs-1-rsa-private = PKCS#1 RSA 개인 키를 읽을 수 없습니다: { $error }
key-private-key-encrypted-decrypt = 개인 키가 암호화되어 있습니다. 먼저 복호화하세요(openssl pkey -in key.pem -out plain.pem)
key-pem-block-labelled-other = 레이블이 { $other }인 PEM 블록은 이 프로그램이 읽는 키가 아닙니다
key-public-key-cannot-read = 공개 키를 읽을 수 없습니다: { $error }
key-rsa-public-key-cut = RSA 공개 키가 중간에 잘려 있습니다
key-ec-curve-secp256k1-es256k = EC 곡선 secp256k1(ES256K)은 지원하지 않습니다
key-ec-curve-other-supported = EC 곡선 { $other }은(는) 지원하지 않습니다(P-256, P-384, P-521 지원)
key-ec-public-key-cut = EC 공개 키가 중간에 잘려 있습니다
key-rsa-modulus-bits-bits = { $bits }비트 RSA 모듈러스는 사용할 수 있는 키가 아닙니다(최소 { $minimum }비트, 안전하려면 2048비트)
key-rsa-modulus-bits-bits-2 = { $bits }비트 RSA 모듈러스는 이 프로그램이 읽을 수 있는 최대 크기인 { $maximum }비트보다 큽니다
key-rsa-key-valid-error = RSA 키가 유효하지 않습니다: { $error }
key-rsa-public-key-cannot = RSA 공개 키를 읽을 수 없습니다: { $error }
key-certificate-cannot-read-error = 인증서를 읽을 수 없습니다: { $error }
key-certificate-s-public-key = 인증서의 공개 키를 읽을 수 없습니다: { $error }
key-x5c-certificate-base64 = x5c 인증서가 base64가 아닙니다
key-sec1-ec-private-key = SEC1 EC 개인 키를 읽을 수 없거나 곡선이 P-256, P-384, P-521이 아닙니다
key-ed448 = Ed448 키는 지원하지 않습니다
key-ed25519-not-point = Ed25519 공개 키가 유효한 점이 아닙니다
key-public-algorithm-unsupported = 알고리즘 { $oid }의 공개 키는 지원하지 않습니다
key-private-algorithm-unsupported = 알고리즘 { $oid }의 개인 키는 지원하지 않습니다
key-pkcs8-unreadable = PKCS#8 개인 키를 읽을 수 없습니다: { $error }
weak-short-secret = HMAC 시크릿이 { $bytes }바이트로, 해시 출력 길이인 { $needed }바이트보다 짧습니다(RFC 7518 3.2절)
weak-small-modulus = RSA 키가 { $bits }비트입니다. 최소 2048비트가 필요합니다(RFC 7518 3.3절)
weak-roca = RSA 모듈러스에 ROCA 지문(CVE-2017-15361)이 있습니다: 이 값으로 개인 키를 계산해 낼 수 있습니다
mismatch-jwk-alg = 이 키는 { $alg }용이 아니라 { $own } 전용입니다(JWK에 alg { $own } 지정됨)
mismatch-use = 키의 use가 sig가 아니라 { $usage }입니다: 서명용 키가 아닙니다
mismatch-key-ops = 키의 key_ops({ $ops })에 { $op }이(가) 포함되어 있지 않습니다
mismatch-confusion = { $alg }은(는) HMAC 알고리즘인데 키는 공개 키 자료({ $key })입니다. 이를 허용하면 공개 키를 아는 누구나 토큰을 위조할 수 있습니다(RS256-to-HS256 혼동 공격)
mismatch-secret = { $alg }에는 { $needs }가 필요하지만 키는 HMAC 시크릿입니다
mismatch-family = { $alg }에는 { $needs }가 필요하지만 키는 { $key }입니다
kind-secret = HMAC 시크릿
kind-rsa = RSA { $bits }비트 키
kind-ec = { $curve } EC 키
kind-ed25519 = Ed25519 키
describe-secret = 시크릿, { $how }, { $bytes }바이트
describe-secret-jwk = 시크릿, JWK, { $bytes }바이트
describe-secret-jwk-kid = 시크릿, JWK, kid "{ $kid }", { $bytes }바이트
describe-key-jwk = { $key } (JWK)
describe-key-jwk-kid = { $key } (JWK, kid "{ $kid }")
describe-secret-bytes = 시크릿, { $bytes }바이트
describe-rsa = RSA { $bits }비트 { $half ->
    [private] 개인
   *[public] 공개
} 키
describe-ec = EC { $curve } { $half ->
    [private] 개인
   *[public] 공개
} 키
describe-ed25519 = Ed25519 { $half ->
    [private] 개인
   *[public] 공개
} 키
describe-key-format = { $key } ({ $format })
describe-x5c = { $key } (토큰에 포함된 x5c 인증서)
needs-rsa = RSA 키
ecdsa-length = { $alg } 서명은 { $expected }바이트(r || s)여야 하는데 이 서명은 { $found }바이트입니다{ $der ->
    [der] {" "}(DER 인코딩으로 보입니다)
   *[raw] {""}
}
signature-key-unusable-because = 키를 사용할 수 없습니다: { $why }
alg-needs = { $alg }에는 { $needs }가 필요합니다
hmac-key-unusable = 이 시크릿은 HMAC 키로 사용할 수 없습니다
p521-invalid = P-521 키가 유효하지 않습니다
p521-private-invalid = P-521 개인 키가 유효하지 않습니다
sign-needs-private = { $alg }(으)로 서명하려면 개인 키가 필요합니다. { $key }은(는) 공개 키 부분뿐입니다
sign-rsa-too-small = { $bits }비트 RSA 키는 { $alg }에 너무 작습니다. { $alg }에는 최소 { $least }비트가 필요합니다
sign-failed = 서명 실패: { $why }
sign-encode-key = { $what } 개인 키를 서명용으로 인코딩할 수 없습니다
sign-needs-private-key = 서명하려면 개인 키가 필요합니다

## 토큰 만들기

encode-header-not-object = 헤더는 JSON 객체여야 합니다
encode-alg-conflict = 헤더의 alg는 { $found }인데 토큰은 { $wanted }(으)로 서명하도록 되어 있습니다
encode-not-json = { $part } 부분이 유효한 JSON이 아닙니다: { $why }
walkthrough-not-hmac = { $alg }은(는) HMAC 알고리즘이 아닙니다
walkthrough-needs-secret = 단계별 설명에는 HMAC 시크릿이 필요합니다

## 발견 사항

lint-payload-not-claims-title = 페이로드가 클레임으로 이루어진 JSON 객체가 아닙니다
lint-payload-not-claims-explanation = JWT의 페이로드는 JSON 객체여야 합니다(RFC 7519 7.2절). 검증기는 이 토큰을 거부하거나, 더 나쁘게는 아무도 의도하지 않은 방식으로 처리합니다.
lint-duplicate-claims-title = 두 번 이상 나타나는 클레임: { $payload_duplicates }
lint-duplicate-claims-explanation = 중복된 이름을 처리하는 방식은 JSON 파서마다 다릅니다. 첫 번째 값을 쓰는 파서도 있고, 대부분은 마지막 값을 씁니다. 공격자는 이를 이용해 게이트웨이와 그 뒤의 서비스에 서로 다른 값을 보여 줄 수 있습니다.
lint-alg-none-title = alg가 "{ $none }"입니다: 토큰이 서명되지 않았습니다
lint-alg-none-explanation = 이런 토큰은 누구나 만들 수 있습니다. alg none을 (대소문자와 관계없이) 허용하는 검증기는 공격자가 원하는 클레임을 마음대로 만들어 내게 합니다. 항상 거부해야 합니다.
lint-unsupported-alg-explanation = 알려진 알고리즘이 없으면 서명을 확인할 수 없습니다. 검증기는 정해진 알고리즘 목록만 허용하고 나머지는 모두 거부해야 합니다.
lint-empty-signature-title = 토큰의 alg는 { $alg }인데 서명이 없습니다
lint-empty-signature-explanation = 서명이 비어 있는 서명된 토큰은 헤더를 원래대로 되돌린 뒤의 alg-none 공격 형태입니다. 어떤 검증기도 이를 허용해서는 안 됩니다.
lint-weak-key-title = RSA 키가 { $bits }비트입니다. 최소 2048비트가 필요합니다
lint-weak-key-explanation = { $bits }비트 RSA 모듈러스는 이미 소인수분해되었거나 시도하는 사람이라면 충분히 분해할 수 있는 수준입니다. 이 모듈러스를 분해하는 사람은 어떤 토큰에든 서명할 수 있습니다. 2048비트 이상의 키를 사용하세요.
lint-weak-key-title-2 = RSA 키({ $bits }비트)에 ROCA 지문이 있습니다
lint-weak-key-explanation-2 = 이 키는 소수에 특정 구조가 있어 누구나 공개 키로부터 개인 키를 계산할 수 있는 라이브러리로 만들어졌습니다. 다른 생성기로 만든 키로 교체하세요.
lint-alg-key-mismatch-title = { $alg }이(가) 주어진 키({ $kind_name })에 맞지 않습니다
lint-alg-key-mismatch-explanation = { $reason }. 검증기는 알고리즘을 토큰 헤더가 아니라 키를 기준으로 결정해야 합니다.
lint-alg-key-mismatch-title-2 = { $alg }이(가) 헤더에 선언된 키 유형에 맞지 않습니다
lint-alg-key-mismatch-explanation-2 = { $reason }.
lint-empty-secret-title = HMAC 시크릿이 비어 있습니다
lint-empty-secret-explanation = 키가 비어 있으면 서명은 누구나 계산할 수 있는 단순한 해시가 됩니다.
lint-weak-secret-title = 시크릿이 { $count }바이트입니다. { $alg }에는 최소 { $minimum }바이트가 필요합니다
lint-weak-secret-explanation = 해시 출력보다 짧은 시크릿은 토큰 하나만 있으면 오프라인으로 추측해 낼 수 있습니다. { $minimum }바이트 이상의 무작위 바이트를 사용하세요.
lint-crack-skipped-title = 약한 시크릿 목록을 시도하지 않았습니다: 토큰 크기가 { $bytes }KiB입니다
lint-crack-skipped-explanation = 목록을 시도하려면 단어마다 토큰 전체에 대해 HMAC을 한 번씩 계산해야 하므로, { $limit }KiB 이하의 토큰에만 시도합니다. 시크릿을 지정하면 길이와 목록 포함 여부를 확인합니다.
lint-weak-secret-explanation-2 = 토큰을 손에 넣은 사람은 단어 목록과 문서에 나오는 시크릿부터 시도합니다. 이 시크릿이라면 원하는 토큰에 얼마든지 서명할 수 있습니다. 최소 { $minimum }바이트의 무작위 바이트를 사용하고 시크릿을 교체하세요.
lint-suspicious-kid-title = kid에 { $kind }가 들어 있습니다
lint-suspicious-kid-explanation = 서버는 kid를 파일, 데이터베이스, 셸에서 조회합니다. 이렇게 조작된 kid는 다른 파일을 읽거나(대개 빈 파일이어서 키가 비게 됩니다), SQL을 주입하거나, 명령을 실행할 수 있습니다.
lint-unsupported-crit-title = 헤더가 확장을 필수(critical)로 지정했습니다: { $crit }
lint-unsupported-crit-explanation = 검증기는 crit에 자신이 구현하지 않은 확장이 있는 토큰을 거부해야 합니다. crit를 무시하는 검증기는 자신이 따르지 않는 규칙을 전제로 한 토큰을 허용할 수 있습니다.
lint-unexpected-typ-title = typ가 JWT나 at+jwt가 아니라 "{ $typ }"입니다
lint-unexpected-typ-explanation = 명시적인 유형은 한 종류의 토큰이 다른 종류로 허용되는 것(예: ID 토큰이 액세스 토큰으로 허용되는 것)을 막습니다. 검증기가 이 typ를 기대하는지 확인하세요.
lint-unencoded-payload-title = 페이로드가 base64url로 인코딩되지 않았습니다(b64: false)
lint-unencoded-payload-explanation = RFC 7797 페이로드는 원시 바이트 그대로 서명됩니다. 이를 구현하지 않은 검증기는 다른 서명 입력을 계산하며, 페이로드에는 '.'이 절대 들어가면 안 됩니다.
lint-encrypted-token-title = 토큰이 암호화되어 있습니다(JWE)
lint-encrypted-token-explanation = 복호화 키 없이는 여기에서 클레임을 읽거나 확인할 수 없습니다.
lint-nested-token-title = 페이로드 자체가 토큰입니다(cty: JWT)
lint-nested-token-explanation = 중첩된 토큰은 모든 단계에서 검증해야 합니다. 바깥 계층에서 멈추는 검증기는 아무도 확인하지 않은 클레임을 신뢰하게 됩니다.
lint-missing-exp-title = 토큰이 만료되지 않습니다(exp 없음)
lint-missing-exp-explanation = exp가 없는 토큰은 탈취되면 영원히 사용할 수 있습니다. 액세스 토큰의 수명은 몇 년이 아니라 몇 분이어야 합니다.
lint-expired-title = 토큰이 { $exp } 전에 만료되었습니다
lint-expired-explanation = exp 값은 { $exp }입니다. 어떤 검증기든 이 토큰을 거부합니다.
lint-long-lifetime-title = 토큰 수명이 { $lifetime }입니다(exp - iat)
lint-long-lifetime-explanation = 탈취된 액세스 토큰은 만료될 때까지 사용할 수 있고, 대부분의 서버는 이를 폐기할 수 없습니다. 액세스 토큰은 짧게(몇 분) 유지하고 긴 세션에는 리프레시 토큰을 사용하세요. 이 토큰은 { $max_lifetime }보다 깁니다.
lint-iat-in-future-title = iat가 { $now } 후의 미래 시점입니다
lint-iat-in-future-explanation = 토큰이 현재보다 나중에 발급되었다고 주장합니다: 발급자의 시계가 틀렸거나 토큰이 위조되었습니다.
lint-nbf-in-future-title = 토큰이 앞으로 { $now } 동안 유효하지 않습니다(nbf)
lint-nbf-in-future-explanation = 그때까지 검증기는 이 토큰을 거부합니다.
lint-nbf-after-exp-title = nbf가 exp보다 앞서지 않습니다: 토큰이 유효한 때가 없습니다
lint-nbf-after-exp-explanation = 두 클레임을 모두 만족하는 시점이 없습니다. 발급자에 버그가 있습니다.
lint-milliseconds-timestamp-title = { $name }이(가) 밀리초 단위로 보입니다
lint-milliseconds-timestamp-explanation = NumericDate는 초 단위입니다. 밀리초 단위 값은 수천 년 뒤를 가리키므로, 이런 exp는 절대 만료되지 않습니다.
lint-missing-aud-title = 대상(aud) 없음
lint-missing-aud-explanation = aud가 없으면 한 서비스용으로 발급된 토큰을 같은 발급자를 신뢰하는 다른 모든 서비스가 허용합니다.
lint-missing-iss-title = 발급자(iss) 없음
lint-missing-iss-explanation = 검증기가 어느 발급자의 규칙과 키를 적용해야 할지 알 수 없습니다.
lint-sensitive-claim-title = 클레임 "{ $name }"에 민감한 정보가 있는 것으로 보입니다
lint-sensitive-claim-explanation = 토큰을 가진 사람은 누구나 페이로드를 base64로 디코딩해 읽을 수 있습니다: 서명은 아무것도 숨기지 않습니다. JWT에 비밀 정보를 넣지 않거나 토큰을 암호화하세요(JWE).
lint-card-number-title = "{ $name }"에 결제 카드 번호로 보이는 값이 있습니다
lint-card-number-explanation = 페이로드는 토큰을 가진 누구나 읽을 수 있습니다. 카드 번호는 절대 JWT에 담아 보내면 안 됩니다.
lint-email-address-title = "{ $name }"에 이메일 주소가 있습니다
lint-email-address-explanation = 토큰에 담긴 개인 정보는 로그와 브라우저 저장소를 포함해 토큰을 가진 모든 곳에서 읽을 수 있습니다.
lint-phone-number-title = "{ $name }"에 전화번호가 있습니다
lint-phone-number-explanation = 토큰에 담긴 개인 정보는 로그와 브라우저 저장소를 포함해 토큰을 가진 모든 곳에서 읽을 수 있습니다.
lint-opaque-blob-title = "{ $name }"에 길고 불투명한 값({ $count }자)이 있습니다
lint-opaque-blob-explanation = 토큰 안의 큰 인코딩된 데이터는 직렬화된 세션이나 다른 비밀 정보인 경우가 많습니다. 누구나 읽을 수 있고 모든 요청의 크기를 키웁니다.
lint-weak-secret-listed-title = 시크릿이 약하거나 공개된 시크릿 목록에 있습니다
lint-weak-secret-empty-title = 토큰이 빈 시크릿으로 서명되었습니다
lint-weak-secret-cracked-title = 토큰이 약한 시크릿 "{ $word }"(으)로 서명되었습니다
carries-jwk = 공개 키
carries-jku = 키를 가져올 URL
carries-x5u = 인증서를 가져올 URL
carries-x5c = 인증서 체인
lint-header-key-title = 헤더에 { $what }이(가) 들어 있습니다({ $name })
lint-header-key-explanation = 토큰 자신이 지정한 { $what }을(를) 사용하는 검증기는 공격자가 자신의 서명을 검증할 키를 직접 고르게 합니다. 검증기가 이미 신뢰하는 키만 사용해야 합니다.
lint-unsupported-alg-title = alg "{ $alg }"은(는) 이 프로그램이 아는 JWS 알고리즘이 아닙니다
lint-unsupported-alg-missing-title = 헤더에 사용할 수 있는 alg가 없습니다
kid-path-traversal = 경로 탐색 문자
kid-sql-injection = SQL 인젝션 문자
kid-shell = 셸 문자

## 클레임: 제목과 의미

claim-iss-title = 발급자
claim-iss-meaning = 토큰을 발급한 주체
claim-sub-title = 주체
claim-sub-meaning = 토큰이 가리키는 대상, 보통 사용자 id
claim-aud-title = 대상
claim-aud-meaning = 토큰을 받을 수신자. 그 외의 수신자는 토큰을 거부해야 함
claim-exp-title = 만료 시간
claim-exp-meaning = 이 시각 이후(해당 시각 포함)에는 토큰을 허용하면 안 됨
claim-nbf-title = 유효 시작 시간
claim-nbf-meaning = 이 시각 이전에는 토큰을 허용하면 안 됨
claim-iat-title = 발급 시간
claim-iat-meaning = 토큰이 발급된 시각
claim-jti-title = JWT ID
claim-jti-meaning = 토큰의 고유 id. 재전송을 막고 토큰을 폐기하는 데 사용
claim-name-title = 전체 이름
claim-name-meaning = 사용자의 전체 이름
claim-given-name-title = 이름
claim-given-name-meaning = 사용자의 이름(given name)
claim-family-name-title = 성
claim-family-name-meaning = 사용자의 성
claim-middle-name-title = 중간 이름
claim-middle-name-meaning = 사용자의 중간 이름
claim-nickname-title = 별명
claim-nickname-meaning = 사용자의 편한 호칭
claim-preferred-username-title = 선호 사용자 이름
claim-preferred-username-meaning = 사용자가 표시되기를 원하는 이름
claim-profile-title = 프로필 URL
claim-profile-meaning = 사용자의 프로필 페이지
claim-picture-title = 사진 URL
claim-picture-meaning = 사용자의 프로필 사진
claim-website-title = 웹사이트
claim-website-meaning = 사용자의 웹 페이지 또는 블로그
claim-email-title = 이메일
claim-email-meaning = 사용자가 선호하는 이메일 주소
claim-email-verified-title = 이메일 인증됨
claim-email-verified-meaning = 이메일 주소가 인증되었는지 여부
claim-gender-title = 성별
claim-gender-meaning = 사용자의 성별
claim-birthdate-title = 생년월일
claim-birthdate-meaning = 사용자의 생일
claim-zoneinfo-title = 시간대
claim-zoneinfo-meaning = 사용자의 시간대
claim-locale-title = 로캘
claim-locale-meaning = 사용자의 로캘
claim-phone-number-title = 전화번호
claim-phone-number-meaning = 사용자가 선호하는 전화번호
claim-phone-number-verified-title = 전화번호 인증됨
claim-phone-number-verified-meaning = 전화번호가 인증되었는지 여부
claim-address-title = 주소
claim-address-meaning = 사용자의 우편 주소
claim-updated-at-title = 업데이트 시각
claim-updated-at-meaning = 사용자 정보가 마지막으로 업데이트된 시각
claim-auth-time-title = 인증 시각
claim-auth-time-meaning = 사용자가 인증한 시각
claim-nonce-title = Nonce
claim-nonce-meaning = ID 토큰을 클라이언트의 인증 요청과 연결
claim-acr-title = 인증 컨텍스트
claim-acr-meaning = 사용자 인증의 강도
claim-amr-title = 인증 방법
claim-amr-meaning = 사용자를 인증하는 데 사용한 방법
claim-azp-title = 인가된 당사자
claim-azp-meaning = ID 토큰을 발급받은 클라이언트
claim-at-hash-title = 액세스 토큰 해시
claim-at-hash-meaning = ID 토큰을 액세스 토큰에 묶음
claim-c-hash-title = 코드 해시
claim-c-hash-meaning = ID 토큰을 인가 코드에 묶음
claim-sid-title = 세션 ID
claim-sid-meaning = 발급자에서의 사용자 세션
claim-scope-title = 스코프
claim-scope-meaning = 토큰이 부여하는 권한(공백으로 구분)
claim-client-id-title = 클라이언트 ID
claim-client-id-meaning = 토큰을 발급받은 OAuth 클라이언트
claim-act-title = 행위자
claim-act-meaning = 주체를 대신해 행동하는 당사자(위임)
claim-may-act-title = 대리 행위 허용
claim-may-act-meaning = 주체를 대신해 행동하도록 허용된 당사자
claim-cnf-title = 확인
claim-cnf-meaning = 소지자가 소유를 증명해야 하는 키
claim-roles-title = 역할
claim-roles-meaning = 주체의 역할
claim-groups-title = 그룹
claim-groups-meaning = 주체가 속한 그룹
claim-entitlements-title = 자격
claim-entitlements-meaning = 주체의 자격
claim-events-title = 보안 이벤트
claim-events-meaning = 보안 이벤트 토큰이 보고하는 이벤트
claim-toe-title = 이벤트 발생 시각
claim-toe-meaning = 보고된 이벤트가 발생한 시각
claim-txn-title = 트랜잭션
claim-txn-meaning = 토큰이 속한 트랜잭션의 id
claim-private-meaning = 비공개 클레임: 의미는 발급자가 정함

## 헤더 매개변수: 제목과 의미

header-alg-title = 알고리즘
header-alg-meaning = 토큰에 서명하는(또는 토큰의 키를 암호화하는) 알고리즘
header-jku-title = JWK Set URL
header-jku-meaning = 키가 있는 URL. 이를 가져와 쓰는 검증기는 보낸 쪽이 키를 고르게 함
header-jwk-title = JSON Web Key
header-jwk-meaning = 토큰에 포함된 공개 키. 이를 신뢰해도 아무것도 증명되지 않음
header-kid-title = 키 ID
header-kid-meaning = 토큰에 서명한 키
header-x5u-title = X.509 URL
header-x5u-meaning = 서명 인증서 체인이 있는 URL
header-x5c-title = X.509 체인
header-x5c-meaning = 토큰에 포함된 서명 인증서 체인
header-x5t-title = X.509 SHA-1 지문
header-x5t-meaning = 서명 인증서의 SHA-1 지문
header-x5t-s256-title = X.509 SHA-256 지문
header-x5t-s256-meaning = 서명 인증서의 SHA-256 지문
header-typ-title = 유형
header-typ-meaning = 토큰 전체의 미디어 유형(예: JWT, at+jwt)
header-cty-title = 콘텐츠 유형
header-cty-meaning = 페이로드의 미디어 유형. JWT는 중첩된 토큰을 뜻함
header-crit-title = 필수 확장
header-crit-meaning = 검증기가 이해해야 하며, 이해하지 못하면 토큰을 거부해야 하는 확장
header-enc-title = 암호화
header-enc-meaning = JWE의 콘텐츠 암호화 알고리즘
header-zip-title = 압축
header-zip-meaning = 암호화 전에 적용한 압축
header-epk-title = 임시 공개 키
header-epk-meaning = ECDH-ES에 쓰는 보낸 쪽의 임시 키
header-apu-title = 키 합의 PartyUInfo
header-apu-meaning = 키 합의를 위한 생성자 정보
header-apv-title = 키 합의 PartyVInfo
header-apv-meaning = 키 합의를 위한 수신자 정보
header-iv-title = 초기화 벡터
header-iv-meaning = AES-GCM 키 래핑의 IV
header-tag-title = 인증 태그
header-tag-meaning = AES-GCM 키 래핑의 태그
header-p2s-title = PBES2 솔트
header-p2s-meaning = 비밀번호 기반 키 래핑의 솔트
header-p2c-title = PBES2 반복 횟수
header-p2c-meaning = 비밀번호 기반 키 래핑의 반복 횟수
header-b64-title = 페이로드 base64url 인코딩
header-b64-meaning = false이면 페이로드가 base64url로 인코딩되지 않았음을 뜻함

## 시간

time-span = { $span }
time-outside-calendar = { $seconds }초는 달력 범위를 벗어납니다
time-unreadable = '{ $text }'은(는) RFC 3339(2026-01-01T00:00:00Z)도 Unix 초도 아닙니다
time-not-span = '{ $text }'은(는) +30s, +15m, +2h, +7d 같은 시간 길이가 아닙니다
time-unknown-unit = '{ $text }'의 단위 '{ $unit }'을(를) 알 수 없습니다. s, m, h, d, w 중 하나를 사용하세요
time-too-large = '{ $text }'이(가) 너무 큽니다
time-span-outside-calendar = 지금부터 '{ $text }' 뒤는 달력 범위를 벗어납니다
time-claim-not-number = { $name }은(는) NumericDate(초 단위 JSON 숫자)여야 합니다(받은 값: { $found })
time-expires-in = { $span } 후 만료
time-expired-ago = { $span } 전에 만료됨
time-not-valid-for = 앞으로 { $span } 동안 유효하지 않음
time-valid-since = { $span } 전부터 유효
time-issued-in-future = { $span } 후의 미래 시점에 발급됨
time-issued-ago = { $span } 전에 발급됨
time-in = { $span } 후
time-ago = { $span } 전
severity-info = 정보
severity-low = 낮음
severity-medium = 중간
severity-high = 높음
class-registered = 등록
class-public = 공개
class-private = 비공개

## 시나리오 파일

scenario-at-step = { $step }단계: { $message }
scenario-config-message = 설정: { $message }
scenario-scenario-valid-json-e = 시나리오가 유효한 JSON이 아닙니다: { $e }
scenario-config-e = 설정: { $e }
scenario-at-comes-before-previous = at 값({ $at })이 이전 단계의 값({ $previous })보다 앞섭니다: 단계는 시간 순서대로 나열해야 합니다
scenario-from-no-step-has = "from": 액터가 "{ $from }"인 단계가 없습니다
scenario-at-must-whole-number = "at"은 0부터 { $max }(100년)까지의 정수 초여야 합니다(받은 값: { $at })
scenario-must-from-1-max = "for"는 1부터 { $max }초(100년)까지여야 합니다(받은 값: { $seconds })
scenario-field-must-from-least = { $field }은(는) { $least }부터 { $max }초(100년)까지여야 합니다(받은 값: { $value })
scenario-message-null-means-no = { $message }. null이면 유휴 제한이 없습니다
scenario-message-null-means-no-2 = { $message }. null이면 절대 제한이 없습니다
scenario-grace-count-must-at = grace.count는 최대 { $max }여야 합니다(받은 값: { $count })
scenario-resource-server-clock-offset = resource_server.clock_offset은 앞뒤로 { $max }초(100년) 이내여야 합니다(받은 값: { $offset })
scenario-field-must-whole-number = "{ $field }"은(는) 정수 초여야 합니다(받은 값: { $number })
scenario-field-must-number-seconds = "{ $field }"은(는) 초 단위 숫자여야 합니다(받은 값: { $other })
scenario-unknown-field-unknown-step = 알 수 없는 필드 "{ $unknown }" (단계에 쓸 수 있는 필드: { $fields })
scenario-actor-must-string-other = "actor"는 문자열이어야 합니다(받은 값: { $other })
scenario-name-must-string-other = "{ $name }"은(는) 문자열이어야 합니다(받은 값: { $other })
scenario-unknown-action-action-name = 알 수 없는 동작 "{ $action_name }" (가능한 값: { $names })
scenario-what-must-access-refresh = "what"은 access, refresh, both, key, client_secret 중 하나여야 합니다(받은 값: "{ $other }")
scenario-action-name-needs-more = "{ $action_name }"에는 이름 외에 다른 내용도 필요합니다
scenario-lose-response-must-true = "lose_response"는 true 또는 false여야 합니다(받은 값: { $other })
scenario-lose-response-applies-request = "lose_response"는 토큰을 발급하는 요청에만 적용되며 { $action_name }에는 적용되지 않습니다
scenario-token-does-apply-action = "token"은 { $action_name }에 적용되지 않습니다
scenario-token-must-name-prefix = "token"은 { $prefix }1처럼 { $prefix } 레이블을 지정해야 합니다(받은 값: "{ $label }")
scenario-from-applies-steal-action = "from"은 steal에만 적용되며 { $action_name }에는 적용되지 않습니다
scenario-scenario-must-json-object = 시나리오는 JSON 객체여야 합니다
scenario-name-must-string = "name"은 문자열이어야 합니다
scenario-description-must-string = "description"은 문자열이어야 합니다
scenario-scenario-has-no-steps = 시나리오에 "steps"가 없습니다
scenario-steps-must-array = "steps"는 배열이어야 합니다
scenario-actor-cannot-steal-from = 액터는 자기 자신에게서 탈취할 수 없습니다
scenario-there-no-such-step = 해당 단계가 없습니다
scenario-token-error-status-must = token_error_status는 HTTP 오류 상태 코드(400-599)여야 합니다
scenario-actor-must-empty = "actor"는 비어 있으면 안 됩니다
scenario-step-has-no-actor = 단계에 "actor"가 없습니다
scenario-step-must-json-object = 단계는 JSON 객체여야 합니다
scenario-step-has-no-at = 단계에 "at"이 없습니다
scenario-step-has-no-do = 단계에 "do"가 없습니다
scenario-steal-needs-from-actor = steal에는 "from"이 필요합니다: 토큰을 복사해 올 액터
scenario-store-outage-needs-how = store_outage에는 "for"가 필요합니다: 저장소가 중단되는 시간(초)

## The simulation

server-actor-cannot-log-store = { $actor }은(는) 로그인할 수 없습니다: { $down }
server-actor-logs-server-starts = { $actor }이(가) 로그인합니다: 서버가 패밀리 { $family_id }을(를) 시작하고 { $labels }({ $expiry }초까지 유효) 및 { $refresh }을(를) 발급합니다
server-actor-logs-gets-valid = { $actor }이(가) 로그인하여 { $labels }({ $expiry }초까지 유효)을(를) 받습니다. 이 설계에는 리프레시 토큰이 없습니다
server-valid-until-at-s = { $label }({ $at }초까지 유효)
server-no-expiry = { $label }(만료 없음)
server-actor-has-no-refresh = { $actor }에게는 제시할 리프레시 토큰이 없습니다
server-actor-cannot-refresh-store = { $actor }은(는) 갱신할 수 없습니다: { $down }
server-label-access-token-refresh = { $label }은(는) 리프레시 토큰이 아니라 액세스 토큰입니다
server-label-rejected-family-family = { $label }은(는) 거부됩니다: 패밀리 { $family_id }은(는) { $at }초에 { $why } 폐기되었습니다
server-label-rejected-session-s = { $label }은(는) 거부됩니다: 세션의 절대 수명이 { $expiry }초에 끝났습니다. 다시 로그인해야 합니다
server-label-was-revoked = { $label }은(는) 폐기되었습니다
server-label-expired-at-at = { $label }은(는) { $at }초에 만료되었습니다: 유휴 수명보다 오래 사용되지 않았습니다. 다시 로그인해야 합니다
server-actor-refreshes-label-server = { $actor }이(가) { $label }(으)로 갱신합니다: 서버는 이 토큰을 사용됨으로 표시하고 { $access_label } 및 { $child }을(를) 발급합니다
server-actor-refreshes-label-gets = { $actor }이(가) { $label }(으)로 갱신하여 { $access_label }을(를) 받습니다. { $label }은(는) 바뀌지 않고{ $until } 계속 유효합니다
server-actor-presents-label-again = { $actor }이(가) 이미 사용된 { $label }을(를) 다시 제시합니다. 유예 규칙 범위 안이므로 서버는 { $access_label } 및 현재의 { $handed }을(를) 반환합니다
server-actor-presents-label-again-2 = { $actor }이(가) { $consumed_at }초에 이미 사용된 { $label }을(를) 다시 제시합니다. 유예 규칙 범위 안이므로 서버가 { $access_label } 및 { $child_label }을(를) 발급하고, 패밀리 { $id }은(는) 분기됩니다
server-label-was-already-used = { $label }은(는) 이미 { $consumed_at }초에 사용되었습니다: 재사용이 감지되었습니다. 서버는 탈취자와 소유자를 구별할 수 없으므로 패밀리 { $id }와(과) 그 안의 모든 리프레시 토큰을 폐기합니다
server-label-was-already-used-2 = { $label }은(는) 이미 { $consumed_at }초에 사용되었습니다. 재사용 감지가 없으므로 서버는 단순히 이를 거부합니다
server-actor-has-no-access = { $actor }에게는 연장할 액세스 토큰이 없습니다
server-extend-refuses-problem = /extend가 이를 거부합니다: { $problem }
server-does-not-extend = 이 서버는 액세스 토큰을 연장하지 않습니다: 리프레시 토큰을 사용합니다
server-label-refused-session-family = { $label }은(는) 거부됩니다: 세션 { $family_id }은(는) { $at }초에 폐기되었습니다
server-actor-sends-expired-label = { $actor }이(가) { $expired ->
    [yes] 만료된 { $label }
   *[no] { $label }
}을(를) /extend로 보냅니다. 서명이 올바르므로 서버는 { $access_label }을(를) 발급합니다: 어떤 액세스 토큰이든 가진 사람은 영원히 로그인 상태를 유지할 수 있습니다
server-actor-cannot-revoke-store = { $actor }은(는) 폐기할 수 없습니다: { $down }
server-revocation-answers-200-anything = 폐기 요청에는 무엇이든 200으로 응답합니다. { $label }은(는) 액세스 토큰이 아닙니다
server-revocation-answers-200-even = 폐기 요청에는 { $label }처럼 알 수 없는 토큰이라도 200으로 응답합니다
server-actor-has-no-access-2 = { $actor }에게는 액세스 토큰이 없지만, 폐기 요청에는 그래도 200으로 응답합니다
server-label-goes-on-denylist = { $label }은(는) { $until }초까지 거부 목록에 올라갑니다
server-s-too-early-resource = : { $early }초 너무 이르기 때문에, 리소스 서버의 허용 오차로 인해 { $back }초까지 다시 통과됩니다
server-actor-cannot-log-out = { $actor }은(는) 로그아웃할 수 없습니다: { $down }
server-logout-answers-200-even = 로그아웃은 { $label }처럼 알 수 없는 토큰이라도 200으로 응답합니다
server-actor-holds-no-token = { $actor }에게는 토큰이 없지만, 로그아웃은 그래도 200으로 응답합니다
server-actor-logs-out-family = { $actor }이(가) 로그아웃합니다. 패밀리 { $family_id }은(는) 이미 폐기되었습니다
server-actor-logs-out-family-2 = { $actor }이(가) 로그아웃합니다: 패밀리 { $family_id }이(가) 폐기됩니다. 그 액세스 토큰은 토큰을 로컬에서 검증하는 리소스 서버를 만료될 때까지 계속 통과합니다
server-actor-cannot-change-password = { $actor }은(는) 비밀번호를 변경할 수 없습니다: { $down }
server-actor-changes-password-there = { $actor }이(가) 비밀번호를 변경합니다. 폐기할 활성 세션은 없었습니다
server-actor-changes-password-every = { $actor }이(가) 비밀번호를 변경합니다: { $actor }의 모든 세션이 폐기됩니다({ $families }). 리소스 서버가 서버에 확인하지 않는 한, 이미 발급된 액세스 토큰은 만료될 때까지 계속 유효합니다
rs-its-clock-reads-rs = {" "}(리소스 서버의 시계는 { $rs_now }초)
rs-expired-at-exp-s = { $label }은(는) { $exp }초에 만료되었고 { $leeway }초의 허용 오차도 모두 지났습니다{ $clock }
rs-expired-at-exp-s-2 = { $label }은(는) { $exp }초에 만료되었습니다{ $clock }
rs-refresh-token-meant-authorization = { $label }은(는) 리프레시 토큰으로, API가 아니라 인가 서버에 보내는 토큰입니다
rs-message = { $label }: { $message }
rs-actor-calls-api-without = { $actor }이(가) 액세스 토큰 없이 API를 호출합니다
rs-label-was-never-issued = { $label }은(는) 발급된 적이 없습니다
rs-api-refuses-problem = API가 거부합니다: { $problem }
rs-api-cannot-reach-token = API가 { $label }을(를) 확인하기 위해 토큰 저장소에 접근할 수 없으므로 호출을 거부합니다
rs-api-refuses-label-on = API가 거부합니다: { $label }이(가) 거부 목록에 있습니다
rs-api-asks-server-about = API가 서버에 { $label }에 대해 묻고, 서버는 비활성이라고 답합니다: 세션이 { $since }초에 폐기되었습니다
rs-api-asks-server-about-2 = API가 서버에 { $label }에 대해 묻고, 서버는 비활성이라고 답합니다: 만료됨
rs-actor-calls-api-label = { $actor }이(가) { $label }(으)로 API를 호출합니다: 토큰 인증됨({ $expires }초까지 유효
rs-s-on-api-s = , 허용 오차를 포함한 API 시계 기준 { $seconds }초
rs-api-cannot-tell-actor = . API는 { $actor }이(가) { $user }이(가) 아니라는 것을 구별할 수 없습니다
world-actor-tries-steal-from = { $actor }이(가) { $from }에게서 탈취하려 하지만, { $from }은(는) 아직 아무것도 갖고 있지 않습니다
world-actor-copies-from-from = { $actor }이(가) { $from }에게서 { $tokens }을(를) 복사합니다(유출된 로그, XSS, 공유 기기). 요청이 발생하지 않으므로 어떤 서버도 알아챌 수 없습니다
world-token-store-goes-down = 토큰 저장소가 { $seconds }초 동안 다운됩니다({ $until }초까지)
lanes-reuse-detected-revoked = 재사용 감지: { $family } 폐기됨
lanes-logout-revoked = 로그아웃: { $family } 폐기됨
lanes-password-change-revoked = 비밀번호 변경: { $family } 폐기됨
server-store-down = 내부 오류: 토큰 저장소가 다운되어 서버가 아무것도 조회할 수 없습니다
server-never-issued = 서버는 { $label }을(를) 알지 못합니다: 발급된 적이 없는 토큰입니다
server-never-issued-extend = { $label }은(는) 알 수 없는 토큰입니다: 발급된 적이 없습니다
server-valid-until = {" "}{ $at }초까지
server-revoked-after-reuse = 재사용 감지 후
server-revoked-at-logout = 로그아웃 시
server-revoked-after-password-change = 비밀번호 변경 후
server-denylist-unchecked = , 하지만 이 리소스 서버는 거부 목록을 확인하지 않습니다
close-parenthesis = )
concat = { $first }{ $second }
list-and = { $init } 및 { $last }
timeline-lost-response = . 하지만 응답이 도중에 유실되어 { $actor }은(는) 이를 받지 못합니다
timeline-lost-tokens = . 하지만 응답이 도중에 유실되어 { $actor }은(는) { $tokens }을(를) 받지 못합니다

## src/app/editor.rs
app-editor-token = 토큰
app-editor-paste = 붙여넣기
app-editor-open = 열기…
app-editor-replace-token-clipboard-ctrl = 클립보드 내용으로 토큰 바꾸기 (Ctrl+V)
app-editor-open-token-from-file = 파일에서 토큰 열기 (Ctrl+O)
app-editor-copy-token = 토큰 복사
app-editor-clear = 지우기
app-editor-copy = 복사
app-editor-note = 참고: { $line }.
app-editor-token-mb-shown-edited = 이 토큰은 { $count }MB이므로 표시만 되고 편집할 수는 없습니다. 바꾸려면 다른 토큰을 붙여넣거나 여세요.
app-editor-paste-jwt-bearer-header = JWT, Bearer 헤더 또는 토큰 응답을 붙여넣으세요…
app-editor-nothing-pasted-clipboard-available = 붙여넣지 못했습니다: 클립보드를 사용할 수 없습니다({ $error }).
app-editor-token-copied = 토큰을 복사했습니다.

## src/app/encoder.rs
app-encoder-exp-now = exp = 현재 +
app-encoder-iat-now = iat = 현재
app-encoder-set-exp = exp 설정
app-encoder-new-jti = 새 jti
app-encoder-copy-token = 토큰 복사
app-encoder-open-inspector = 인스펙터에서 열기
app-encoder-re-encode-edited-header = 편집한 헤더와 페이로드를 검사 중인 토큰의 서명과 함께 다시 인코딩합니다: 변조된 토큰이 어떤 모습인지 보여 줍니다
app-encoder-header = 헤더
app-encoder-payload = 페이로드
app-encoder-secret = 시크릿
app-encoder-private-key-pem-pkcs = 개인 키: PEM(PKCS#8, PKCS#1, SEC1) 또는 d가 포함된 JWK
app-encoder-bring-token-from-inspector = 서명을 유지하려면 인스펙터에서 토큰을 가져오세요(인코더에서 편집)
app-encoder-must-json-object = { $part }은(는) JSON 객체여야 합니다
app-encoder-line-column = { $part }, { $line }행 { $column }열: { $error }
app-encoder-needs-private-key-pem = { $alg }에는 개인 키(PEM 또는 JWK)가 필요합니다

## src/app/key_panel.rs
app-key-panel-leeway = 허용 오차
app-key-panel-skip = 건너뛰기
app-key-panel-key = 키
app-key-panel-open-key-file = 키 파일 열기…
app-key-panel-accept-hmac-secret-shorter = 해시 길이보다 짧은 HMAC 시크릿이나, 2048비트 미만 또는 ROCA 지문이 있는 RSA 키도 허용합니다(--allow-weak-keys와 동일)
app-key-panel-no-key-given-check = 키를 지정하지 않으면 토큰에 포함된 jwk 또는 x5c로 서명을 확인합니다. 서로 일치하는지는 알 수 있지만 아무것도 증명하지 못합니다: 누구나 자기 키로 서명할 수 있기 때문입니다(--use-embedded-key)
app-key-panel-show-hide-secret = 시크릿 표시/숨기기
app-key-panel-how-secret-written = 시크릿의 표기 형식
app-key-panel-do-check-skip = { $check }을(를) 검사하지 않습니다(--skip { $check }와 동일)
app-key-panel-for = { $alg }용
app-key-panel-hmac-secret = HMAC 시크릿
app-key-panel-public-key-pem-certificate = 공개 키: PEM, 인증서, JWK 또는 JWK Set
app-key-panel-allow-weak-keys = 약한 키 허용
app-key-panel-try-key-token-carries = 토큰에 포함된 키로 시도
app-key-panel-claim-checks = 클레임 검사

## src/app/mod.rs
app-window-store-last-token-on = 마지막 토큰을 이 컴퓨터에 저장해 다음 실행 때도 유지합니다(기본값은 꺼짐, 키는 저장하지 않음)
app-window-offline-nothing-you-paste = 🔒 오프라인: 붙여넣은 내용은 이 컴퓨터 밖으로 나가지 않으며, 직접 요청하지 않는 한 아무것도 저장되지 않습니다.
app-window-remember-last-token = 마지막 토큰 기억

## src/app/results_view.rs
app-results-view-lifetime-exp-iat = 수명 (exp − iat): { $lifetime }
app-results-view-utc-local = { $relative }
    UTC    { $utc }
    로컬   { $local }
app-results-view-copy-header = 헤더를 JSON으로 복사
app-results-view-copy-payload = 페이로드를 JSON으로 복사
app-results-view-not-base64url = base64url 아님
app-results-view-bytes = { $count }바이트
app-results-view-part-size = { $part }: { $size }
app-results-view-text-cut = JSON 아님: 텍스트로 표시({ $total }바이트 중 처음 { $shown }바이트)
app-results-view-text = JSON 아님: 텍스트로 표시
app-results-view-hex-cut = 텍스트 아님: { $total }바이트 중 처음 { $shown }바이트를 16진수로 표시
app-results-view-hex = 텍스트 아님: { $total }바이트를 16진수로 표시
app-results-view-claim-hover = { $title }: { $meaning }
    { $reference }
app-results-view-claim-reference = { $title }
    { $reference }
app-results-view-time-milliseconds = { $relative }  ·  밀리초 값으로 보임  ·  { $utc }
app-results-view-time-line = { $relative }  ·  { $utc }  ·  로컬 { $local }
app-results-view-finding-title = { $severity }  { $title }
app-analysis-encrypted = 암호화됨: 키가 없으면 페이로드를 읽을 수 없습니다
app-analysis-unreadable = 페이로드를 디코딩할 수 없습니다
app-results-view-paste-token-inspect = 검사할 토큰을 붙여넣으세요
app-results-view-claims = 클레임
app-results-view-findings = 발견 사항 ({ $count })
app-results-view-ctrl-v-pastes-ctrl = Ctrl+V로 붙여넣거나, Ctrl+O로 파일을 열거나, 예제에서 하나를 고르세요.
app-results-view-trying-weak-secret-list = 약한 시크릿 목록으로 시도하는 중…

## src/app/verdict_view.rs
app-verdict-view-skip-aud-check = aud 검사 건너뛰기
app-verdict-view-fill-audience-check-audience = 토큰에 적힌 대상(aud)으로 대상 검사 값을 채웁니다
app-verdict-view-skip-aud-on-command = 명령줄의 --skip aud와 동일
app-verdict-view-key = 키: { $key }
app-verdict-view-token-valid = 토큰 유효
app-verdict-view-token-valid-2 = 토큰 유효하지 않음: { $kind }
app-verdict-view-give-key-check-signature = 서명을 확인하려면 키를 입력하세요
app-verdict-view-how-signature-computed = 이 서명의 계산 과정

## src/app/timeline/canvas.rs
app-canvas-family-issued-at-s = { $label } ({ $token }), 패밀리 { $family }
    { $issued_at }초에 발급, 만료: { $expires }
    클릭하면 인스펙터에서 엽니다
app-canvas-expires-never = 없음
app-canvas-expires-at = { $at }초
app-canvas-steals = { $labels } 탈취
app-canvas-store-down = 저장소 다운
app-canvas-authorization-server = 인가 서버
app-canvas-resource-server = 리소스 서버
app-canvas-token-store = 토큰 저장소

## src/app/timeline/config_panel.rs
app-config-panel-strategy = 전략
app-config-panel-grace = 유예
app-config-panel-extra-uses = 추가 사용 횟수
app-config-panel-grace-seconds = 유예 시간(초)
app-config-panel-access-ttl = 액세스 TTL
app-config-panel-token-error-status = 토큰 오류 상태 코드
app-config-panel-clock-offset = 시계 오프셋
app-config-panel-no-limit = 제한 없음
app-config-panel-resource-server = 리소스 서버
app-config-panel-400-rfc-6749 = 400 (RFC 6749)
app-config-panel-403-auth0 = 403 (Auth0)
app-config-panel-check-denylist = 거부 목록 확인
app-config-panel-introspect-every-token = 모든 토큰을 인트로스펙션

## src/app/timeline/log.rs
app-log-event-log = 이벤트 로그
app-log-token-store-at-s = { $at }초 시점의 토큰 저장소
app-log-open-inspector = 인스펙터에서 { $label } 열기
app-log-server = 서버
app-log-www-authenticate = WWW-Authenticate: { $challenge }
app-log-press-step-forward-play = 시나리오를 따라가려면 다음 단계 또는 재생을 누르세요.
app-log-empty = 비어 있음

## src/app/timeline/mod.rs
app-timeline-speed = 속도
app-timeline-time = 시간
app-timeline-action = 동작
app-timeline-what = 탈취할 토큰
app-timeline-for = 지속 시간
app-timeline-scenario = 시나리오
app-timeline-restart = ⏮ 처음부터
app-timeline-step-back = ◀ 이전 단계
app-timeline-step-forward = 다음 단계 ▶
app-timeline-fit = 맞추기
app-timeline-add-at-s = { $round }초에 추가
app-timeline-server-config = 서버 설정
app-timeline-steps = 단계
app-timeline-show-whole-scenario = 시나리오 전체 보기
app-timeline-delete-selected-step = 선택한 단계 삭제
app-timeline-edit = A 편집
app-timeline-edit-b = B 편집
app-timeline-compare-two-configs = 두 설정 비교
app-timeline-step-cannot-added = 단계를 추가할 수 없습니다: { $message }.
app-timeline-step-cannot-deleted = 단계를 삭제할 수 없습니다: { $message }.
app-timeline-saving-image = 이미지를 저장하는 중…
app-timeline-saved = { $display }에 저장했습니다.
app-timeline-no-scenario-file-was = 시나리오 파일을 선택하지 않았습니다.
app-timeline-no-file-was-chosen = 파일을 선택하지 않았습니다.
app-window-language = 언어
app-window-language-hint = 창에 표시할 언어(다음 실행 때도 유지됨)
app-tab-inspect = 검사
app-tab-encode = 인코딩
app-tab-timeline = 타임라인
app-theme-dark = 어둡게
app-theme-light = 밝게
app-theme-system = 시스템
app-timeline-actor = 행위자
app-timeline-from = 탈취 대상
preset-broken = (손상된 프리셋 { $name })
app-timeline-no-preset = 이름이 "{ $name }"인 프리셋이 없습니다
app-timeline-compare-a = A: { $config }
app-timeline-compare-b = B: { $config }
app-timeline-open-scenario = 시나리오 열기…
app-timeline-open-scenario-hint = 시나리오 파일(JSON) 열기
app-timeline-save-scenario = 시나리오 저장…
app-timeline-save-scenario-hint = 설정과 단계를 포함해 시나리오 저장
app-timeline-export-csv = CSV 내보내기…
app-timeline-export-csv-hint = 이벤트 로그를 CSV로 내보내기
app-timeline-export-png = PNG 내보내기…
app-timeline-export-png-hint = 레인을 이미지로 내보내기
app-timeline-pause = ⏸ 일시 정지
app-timeline-play = ▶ 재생
app-timeline-scenario-file-error = { $display }: { $error }
app-timeline-cannot-write = { $display }에 쓸 수 없습니다: { $error }

## src/app/encoder.rs
app-encoder-careful-verifier-will-refuse = ⚠ 신중한 검증기라면 이 토큰을 거부합니다: { $weakness }.
app-encoder-keep-old-signature = 기존 서명 유지
app-encoder-header-json = 헤더 JSON
app-encoder-payload-json = 페이로드 JSON
app-encoder-signing-algorithm = 서명 알고리즘
app-encoder-signing-secret = 서명 시크릿
app-encoder-signing-secret-encoding = 서명 시크릿 인코딩
app-encoder-private-key = 개인 키

## src/app/inspect.rs
app-inspect-opened-text-mb-window = 열지 않았습니다: 텍스트가 { $size }MB인데, 창에서는 최대 { $limit }MB까지만 열 수 있습니다. `tokenscope decode`는 크기에 상관없이 읽을 수 있습니다.

## src/app/key_panel.rs
app-key-panel-secret = 시크릿
app-key-panel-secret-encoding = 시크릿 인코딩
app-key-panel-public-key = 공개 키

## src/app/mod.rs
app-window-settings-cannot-saved = 설정을 { $display }에 저장할 수 없습니다: { $error }
app-window-cannot-read = { $display }을(를) 읽을 수 없습니다: { $error }
app-window-no-key-file-was = 키 파일을 선택하지 않았습니다.
app-window-there-no-example-named = 이름이 "{ $name }"인 예제가 없습니다.
app-window-text = { $display }은(는) 텍스트가 아닙니다.
app-window-decoded-payload-copied = 디코딩된 페이로드를 복사했습니다.
app-window-examples = 예제
app-window-open-token = 토큰 열기
app-window-open-key = 키 열기
app-window-theme = 테마

## src/app/results_view.rs
app-results-view-header-cannot-read = 헤더를 읽을 수 없습니다.
app-results-view-nothing-risky-found = 위험한 점이 발견되지 않았습니다.

## src/app/verdict_view.rs
app-verdict-view-token-s-signature-exactly = 토큰의 서명이 정확히 이 값입니다.
app-verdict-view-token-s-signature-different = 토큰의 서명이 다릅니다: 시크릿이 틀렸거나 토큰이 변조되었습니다.
app-verdict-view-1-signing-input-base64url = 1. 서명 입력: BASE64URL(헤더) . BASE64URL(페이로드)
app-verdict-view-4-base64url-mac-signature = 4. MAC의 BASE64URL: 이것이 서명입니다
app-verdict-view-expect = 기대값 { $quoted }
app-verdict-view-problem = { $kind }: { $message }
app-verdict-view-encrypted = 암호화됨: 검증하지 않음
app-verdict-view-signature-verified = ✔ 서명 검증됨
app-verdict-view-invalid-signature = ✖ 유효하지 않은 서명
app-verdict-view-unsupported = 지원하지 않는 알고리즘
app-verdict-view-unsecured = ✖ 보호되지 않음: alg none
app-verdict-view-not-checked = 확인하지 않음 ({ $detail })
app-verdict-view-2-secret = 2. 시크릿 ({ $bytes }바이트, 16진수)
app-verdict-view-3-mac = 3. HMAC-SHA-{ $bits }(시크릿, 서명 입력), 16진수

## src/app/timeline/canvas.rs
app-canvas-timeline-lanes = 타임라인 레인

## src/app/timeline/config_panel.rs
app-config-panel-reuse-detection = 재사용 감지
app-config-panel-revoke-ats-on-reuse = 재사용 시 AT 폐기
app-config-panel-denylist-entry-dies-at = 거부 목록 항목이 exp에 사라짐 (버그)
app-config-panel-refresh-idle = 리프레시 유휴 수명
app-config-panel-refresh-absolute = 리프레시 절대 수명

## src/app/timeline/log.rs
app-log-unreachable = 연결 불가
app-log-issued = { $issued } 발급
app-log-column-time = 시간
app-log-column-actor = 행위자
app-log-column-request = 요청
app-log-column-token = 토큰
app-log-column-status = 상태
app-log-column-error = 오류
app-log-no-request = 요청 없음
app-log-status-error = { $status } { $error }
app-log-event-heading = { $at }초 · { $actor } · { $action } · { $status }
app-log-event-heading-message = { $at }초 · { $actor } · { $action } · { $status } · { $message }
app-log-seconds = { $at }초
app-log-no-expiry = 만료 없음
app-config-panel-strategy-extend-access = 액세스 연장 (RT 없음)
app-config-panel-strategy-static-refresh = 고정 리프레시 토큰
app-config-panel-strategy-rotation = 로테이션
app-config-panel-grace-none = 없음
app-config-panel-grace-previous-only-new-token = 직전 토큰만, 새 토큰 발급 (Auth0)
app-config-panel-grace-parent-always = 부모 토큰 항상 허용 (Supabase)
app-config-panel-grace-previous-valid-for = 직전 토큰 일정 시간 유효 (Okta)
app-config-panel-grace-count = 횟수 (Keycloak)
app-timeline-loot-access = 액세스 토큰
app-timeline-loot-refresh = 리프레시 토큰
app-timeline-loot-both = 둘 다
app-timeline-reuse-detection-on = { $strategy }, 재사용 감지 켬
app-timeline-reuse-detection-off = { $strategy }, 재사용 감지 끔
app-log-seconds-left = { $seconds }초 남음
action-family-started = 패밀리 시작
action-rotated = 로테이션됨
action-access-issued = 액세스 발급
action-grace-accepted = 유예 허용
action-branched = 분기됨
action-reuse-detected = 재사용 감지
action-family-revoked = 패밀리 폐기
action-access-deactivated = 액세스 비활성화
action-access-extended = 액세스 연장
action-denylisted = 거부 목록 등록
action-families-revoked = 모든 패밀리 폐기
action-store-down = 저장소 다운
status-200 = 토큰이 인증되었습니다
status-400 = 유효하지 않은 요청입니다
status-401 = 토큰이 유효하지 않습니다
status-403 = 권한이 없는 요청입니다
status-500 = 서버 내부 오류로 인해 토큰 갱신에 실패했습니다
app-log-joined = { $first }; { $second }
app-editor-malformed = { $segment } 형식 오류: { $message }
app-editor-malformed-at = { $segment } 형식 오류(문자 위치 { $offset }): { $message }
app-signature-verified = ✔ 서명 검증됨
app-encoder-invalid-signature = ✖ 유효하지 않은 서명: { $detail }
app-encoder-not-checked = 확인하지 않음: { $detail }
app-key-panel-jwk-set = 키 { $count }개가 있는 JWK Set
app-key-panel-hide = 숨기기
app-key-panel-show = 표시
app-key-panel-issuer = 발급자
app-key-panel-audience = 대상
app-key-panel-subject = 주체
app-key-panel-evaluate-at = 평가 시점
app-key-panel-any-of = 다음 중 하나: a, b
app-key-panel-exact-subject = 정확히 일치하는 주체
app-key-panel-evaluate-hint = now, 또는 RFC 3339 / Unix 초
unit-seconds-suffix = 초
unit-minutes-suffix = 분

## src/cli
cli-decode-kind-jwe = JWE (암호화됨: 키가 없으면 페이로드를 표시할 수 없습니다)
cli-decode-kind-unsecured = alg none인 JWS (보호되지 않음: 아무도 서명하지 않았습니다)
cli-decode-kind-jws = JWS (서명됨)
cli-decode-token = 토큰:    { $kind }
cli-decode-alg = Alg:     { $alg }
cli-decode-kid = Kid:     { $kid }
cli-decode-nested = 중첩:    cty가 JWT이므로 페이로드 자체가 토큰입니다
cli-decode-source = 출처:    { $source }
cli-decode-header = 헤더
cli-decode-payload = 페이로드
cli-decode-claims = 클레임
cli-decode-duplicate = 참고: 멤버 "{ $name }"이(가) 두 번 이상 나타납니다. 마지막 값을 표시합니다
cli-decode-meaning = { $title }: { $meaning }
cli-decode-expired = 만료됨
cli-decode-not-yet-valid = 아직 유효하지 않음
cli-decode-milliseconds = 밀리초 값으로 보입니다. NumericDate는 초 단위입니다
cli-decode-lifetime = 수명: { $span } (exp - iat)
cli-decode-payload-json = 페이로드 (JSON, 클레임 집합 아님)
cli-decode-payload-text = 페이로드 (텍스트)
cli-decode-payload-text-cut = 페이로드 (텍스트, { $total }바이트 중 처음 { $shown }바이트)
cli-decode-payload-bytes = 페이로드 ({ $total }바이트, 텍스트 아님)
cli-decode-signature = 서명: { $bytes }바이트 (확인하지 않음. tokenscope verify를 사용하세요)
cli-verify-signature-valid = 서명 검증됨 ({ $alg }, { $key })
cli-verify-signature-invalid = 유효하지 않은 서명 ({ $alg }): { $detail }
cli-verify-signature-not-checked = 서명 확인 안 함: { $detail }
cli-verify-signature-unsupported = 지원하지 않는 서명: { $detail }
cli-verify-signature = 서명: { $line }
cli-verify-claims = 클레임:
cli-verify-ok = 통과
cli-verify-failed = 실패
cli-verify-skipped = 건너뜀
cli-verify-errors = 오류:
cli-verify-valid = 유효
cli-verify-invalid = 유효하지 않음
cli-lint-no-findings = 발견 사항이 없습니다.
cli-lint-see = { $reference } 참조
cli-lint-summary = 발견 사항 { $count }건: 높음 { $high }, 중간 { $medium }, 낮음 { $low }, 정보 { $info }
cli-key-not-text = { $path }은(는) 텍스트(PEM 또는 JSON)가 아닙니다
cli-key-file-error = { $path }: { $error }

## 프리셋: 이름, 설명, 단계별 해설

## access-stolen-denylist
preset-access-stolen-denylist-name = 액세스 토큰 탈취 후 거부 목록(denylist)에 등록 (단, 거부 목록 항목이 너무 일찍 사라짐)
preset-access-stolen-denylist-description = 리소스 서버는 토큰 저장소의 거부 목록(denylist)을 확인합니다. 그런데 항목은 exp까지만 유지되고 리소스 서버는 30초의 허용 오차(leeway)를 두기 때문에, 탈취된 토큰이 다시 통과합니다.
preset-access-stolen-denylist-step-1 = 클라이언트가 로그인합니다. 액세스 토큰은 60초에 만료되고, API는 30초의 허용 오차(leeway)를 둡니다.
preset-access-stolen-denylist-step-2 = 공격자가 액세스 토큰을 복사합니다.
preset-access-stolen-denylist-step-3 = 탈취된 토큰이 그대로 동작합니다: 200.
preset-access-stolen-denylist-step-4 = 클라이언트가 토큰을 폐기합니다(POST /revoke). 토큰의 ID가 거부 목록에 올라갑니다.
preset-access-stolen-denylist-step-5 = API가 거부 목록을 확인합니다: 401.
preset-access-stolen-denylist-step-6 = 아직 거부 목록에 있습니다: 401.
preset-access-stolen-denylist-step-7 = 거부 목록 항목은 exp(60초)에 만료되었지만, API는 exp + 허용 오차(90초)까지 토큰을 받아들이므로 공격자가 다시 들어옵니다. 거부 목록 항목은 exp + 허용 오차까지 유지되어야 합니다.
preset-access-stolen-denylist-step-8 = exp + 허용 오차가 지나면 토큰은 완전히 거부됩니다.

## access-stolen
preset-access-stolen-name = 액세스 토큰 탈취: 만료될 때까지는 계속 사용 가능
preset-access-stolen-description = 탈취된 액세스 토큰은 베어러(bearer) 토큰입니다. 토큰을 로컬에서 검증하는 리소스 서버는 피해자가 무엇을 하든 exp까지 이 토큰을 받아들입니다.
preset-access-stolen-step-1 = 클라이언트가 로그인합니다. 액세스 토큰은 60초에 만료됩니다.
preset-access-stolen-step-2 = 공격자가 액세스 토큰을 복사합니다.
preset-access-stolen-step-3 = API는 공격자와 클라이언트를 구별할 수 없습니다: 200.
preset-access-stolen-step-4 = 피해자가 이를 알아채고 비밀번호를 변경합니다. 서버에서 모든 세션이 폐기됩니다.
preset-access-stolen-step-5 = API는 토큰을 로컬에서 검증할 뿐 서버에 묻지 않습니다: 여전히 200.
preset-access-stolen-step-6 = exp 1초 전: 여전히 200.
preset-access-stolen-step-7 = exp가 되면 토큰이 거부됩니다: 401. 액세스 토큰의 수명을 짧게 두는 이유가 바로 이것입니다.
preset-access-stolen-step-8 = 공격자에게는 리프레시 토큰이 없으므로 새 토큰을 받을 수 없습니다.

## both-stolen
preset-both-stolen-name = 액세스 토큰과 리프레시 토큰을 함께 탈취
preset-both-stolen-description = 공격자가 두 토큰을 모두 가져가서(예: XSS를 통해 localStorage에서) 피해자보다 먼저 갱신합니다.
preset-both-stolen-step-1 = 클라이언트가 로그인합니다.
preset-both-stolen-step-2 = 공격자가 두 토큰을 모두 복사합니다.
preset-both-stolen-step-3 = 탈취된 액세스 토큰은 곧바로 동작합니다.
preset-both-stolen-step-4 = 공격자가 갱신합니다. RT1이 소비되고, 공격자는 AT2와 RT2를 손에 넣습니다.
preset-both-stolen-step-5 = 피해자의 AT1은 아직 동작합니다.
preset-both-stolen-step-6 = AT1이 만료되었습니다: 401.
preset-both-stolen-step-7 = 피해자가 이미 소비된 RT1로 갱신합니다. 재사용이 감지되어 패밀리가 폐기됩니다.
preset-both-stolen-step-8 = AT2는 80초까지 계속 동작합니다.
preset-both-stolen-step-9 = AT2가 만료되었습니다: 401.
preset-both-stolen-step-10 = RT2는 패밀리와 함께 폐기되었습니다: 400.

## clock-skew
preset-clock-skew-name = 리소스 서버의 시계 오차(clock skew)와 허용 오차(leeway)
preset-clock-skew-description = API의 시계는 인가 서버의 시계보다 20초 늦고, API는 10초의 허용 오차(leeway)를 둡니다. 그래서 exp가 60초인 액세스 토큰이 공통 기준 시간으로 90초까지 받아들여집니다.
preset-clock-skew-step-1 = 클라이언트가 로그인합니다. 액세스 토큰에는 exp = 60초가 담겨 있습니다.
preset-clock-skew-step-2 = exp 이전: 200.
preset-clock-skew-step-3 = 발급자의 시계로는 exp가 지났지만, API의 시계는 45초를 가리킵니다: 200.
preset-clock-skew-step-4 = API의 시계가 65초를 가리킵니다. exp는 지났지만 10초 허용 오차 안입니다: 200.
preset-clock-skew-step-5 = API의 시계가 70초 = exp + 허용 오차를 가리킵니다. 거부됩니다: 401.

## grace-window-replay
preset-grace-window-replay-name = 탈취된 리프레시 토큰을 유예 시간 안에 재전송
preset-grace-window-replay-description = 동시에 갱신하는 탭들을 구해 주는 유예 시간은 공격의 틈이기도 합니다. 유예 시간 안에 재전송된 토큰은 받아들여지고, 공격자는 패밀리 안에 자기만의 분기를 갖게 됩니다.
preset-grace-window-replay-step-1 = 클라이언트가 로그인합니다.
preset-grace-window-replay-step-2 = 공격자가 RT1을 복사합니다.
preset-grace-window-replay-step-3 = 피해자가 로테이션합니다. RT1은 61초에 소비되었지만 91초까지는 여전히 받아들여집니다.
preset-grace-window-replay-step-4 = 공격자가 80초에 RT1을 재전송합니다. 30초 유예 시간 안이므로 200과 함께 AT3와 RT3를 받습니다. 경보는 울리지 않습니다.
preset-grace-window-replay-step-5 = 공격자가 API를 사용합니다.
preset-grace-window-replay-step-6 = RT3는 자기 분기에서 현재 유효한 토큰이므로, 공격자는 정상적으로 로테이션합니다.
preset-grace-window-replay-step-7 = 피해자의 RT2도 여전히 현재 유효한 토큰입니다. 두 분기가 모두 살아 있고, 아무것도 감지되지 않습니다.

## idle-victim
preset-idle-victim-name = 피해자가 자리를 비운 동안 계속되는 탈취
preset-idle-victim-description = 로테이션은 양쪽이 모두 토큰을 제시해야만 탈취를 감지합니다. 피해자가 돌아오지 않으면 공격자는 절대 수명이 끝날 때까지 혼자 로테이션을 이어 가고, 아무것도 감지되지 않습니다.
preset-idle-victim-step-1 = 클라이언트가 로그인한 뒤 노트북을 덮습니다.
preset-idle-victim-step-2 = 공격자가 두 토큰을 모두 복사합니다.
preset-idle-victim-step-3 = 탈취된 액세스 토큰이 동작합니다.
preset-idle-victim-step-4 = 공격자가 로테이션합니다. RT1이 소비되고 RT2가 발급됩니다. 이제 누구도 RT1을 다시 제시하지 않습니다.
preset-idle-victim-step-5 = 한 번 더 로테이션합니다.
preset-idle-victim-step-6 = 유휴 제한 안입니다: 200.
preset-idle-victim-step-7 = 다시 200. 공격자가 세션을 장악했습니다.
preset-idle-victim-step-8 = API는 공격자의 요청에 응답합니다.
preset-idle-victim-step-9 = 절대 제한 전의 마지막 로테이션입니다. 새 리프레시 토큰은 1800초에 만료됩니다.
preset-idle-victim-step-10 = 탈취를 끝내는 것은 절대 수명뿐입니다. 소비된 토큰이 다시 제시된 적이 없으므로 아무것도 감지되지 않았습니다.

## lifetimes
preset-lifetimes-name = 유휴 타임아웃과 절대 수명
preset-lifetimes-description = 리프레시 토큰은 refresh_idle초 동안 사용되지 않으면 만료됩니다. 세션은 아무리 활발하게 쓰여도 refresh_absolute 시점에 끝납니다.
preset-lifetimes-step-1 = Alice가 로그인합니다. Alice의 리프레시 토큰은 600초 동안 사용하지 않으면 만료됩니다.
preset-lifetimes-step-2 = Bob도 로그인합니다. Bob의 세션은 얼마나 자주 갱신하든 로그인 후 1800초에 끝납니다.
preset-lifetimes-step-3 = Bob이 갱신합니다. 새 리프레시 토큰은 1100초까지 유효합니다.
preset-lifetimes-step-4 = Alice가 700초 시점에 돌아옵니다. Alice의 리프레시 토큰은 600초에 이미 만료되었습니다(유휴 타임아웃). 400.
preset-lifetimes-step-5 = Bob이 다시 갱신합니다.
preset-lifetimes-step-6 = 새 리프레시 토큰은 원래 2100초까지 유효하겠지만, 절대 제한 때문에 1800초로 잘립니다.
preset-lifetimes-step-7 = 절대 제한 1초 전: 200.
preset-lifetimes-step-8 = 1800초가 되면 세션의 절대 수명이 끝납니다: 400, 다시 로그인해야 합니다.

## logout-and-password-change
preset-logout-and-password-change-name = 로그아웃과 비밀번호 변경
preset-logout-and-password-change-description = 로그아웃은 패밀리 하나를 폐기하고, 비밀번호 변경은 사용자의 모든 패밀리를 폐기합니다. 이미 발급된 액세스 토큰은 로컬에서 검증하는 API를 exp + 허용 오차까지 여전히 통과합니다.
preset-logout-and-password-change-step-1 = 사용자가 노트북에서 로그인합니다: 패밀리 F1.
preset-logout-and-password-change-step-2 = 같은 사용자가 휴대폰에서 로그인합니다: 패밀리 F2.
preset-logout-and-password-change-step-3 = 공격자가 휴대폰의 토큰을 복사합니다.
preset-logout-and-password-change-step-4 = 사용자가 휴대폰에서 로그아웃합니다. 패밀리 F2가 폐기됩니다.
preset-logout-and-password-change-step-5 = 탈취된 RT2는 폐기된 패밀리에 속합니다: 400.
preset-logout-and-password-change-step-6 = 하지만 탈취된 액세스 토큰 AT2는 여전히 통과합니다. API가 이 토큰을 로컬에서 검증하므로 70초에 만료될 때까지 유효합니다.
preset-logout-and-password-change-step-7 = 사용자가 비밀번호를 변경합니다. F1을 포함해 사용자의 모든 패밀리가 폐기됩니다.
preset-logout-and-password-change-step-8 = 노트북의 RT1도 폐기되었습니다: 400.
preset-logout-and-password-change-step-9 = 사용자 자신의 AT2도 만료될 때까지는 여전히 동작합니다.
preset-logout-and-password-change-step-10 = AT2가 만료되었습니다: 401. 이제 공격자도 더 이상 접근할 수 없습니다.

## naive-extension
preset-naive-extension-name = 순진한 연장 방식: 어떤 액세스 토큰이든 새 토큰으로 바꿀 수 있음
preset-naive-extension-description = 이 앱의 바탕이 된 글에서 소개한 흐름의 첫 설계입니다. 리프레시 토큰이 없고, 만료된 액세스 토큰을 /extend로 보내 새 토큰으로 교환합니다.
preset-naive-extension-step-1 = 클라이언트가 로그인해 액세스 토큰 하나를 받습니다. 이 설계에는 리프레시 토큰이 없습니다.
preset-naive-extension-step-2 = 공격자가 액세스 토큰을 복사합니다(예: 로그 파일에서).
preset-naive-extension-step-3 = 토큰이 60초에 만료되었습니다: 401.
preset-naive-extension-step-4 = 클라이언트가 만료된 토큰을 /extend로 보냅니다. 서명이 올바르므로 새 토큰을 받습니다.
preset-naive-extension-step-5 = 공격자가 가진 사본은 이미 오래전에 만료되었습니다: 401.
preset-naive-extension-step-6 = 하지만 /extend는 서명만 확인하므로 공격자도 새 토큰을 받습니다.
preset-naive-extension-step-7 = 그리고 그 토큰은 동작합니다.
preset-naive-extension-step-8 = 이 과정은 얼마든지 반복됩니다. 한 번이라도 액세스 토큰을 손에 넣은 사람은 영원히 로그인 상태로 남습니다.
preset-naive-extension-step-9 = 이 설계에는 공격자의 세션을 끝낼 수단이 전혀 없습니다.

## normal-use
preset-normal-use-name = 정상 사용: 액세스 토큰이 만료되면 클라이언트가 갱신한 뒤 재시도
preset-normal-use-description = 이 앱의 바탕이 된 글에서 다룬 일상적인 흐름입니다. 수명이 짧은 액세스 토큰을 쓰다가 만료되면 401을 받고, 토큰을 갱신한 뒤 재시도합니다.
preset-normal-use-step-1 = 클라이언트가 로그인해 60초짜리 액세스 토큰과 리프레시 토큰을 받습니다.
preset-normal-use-step-2 = API가 액세스 토큰을 받아들입니다. 서명이 올바르고 아직 만료되지 않았기 때문입니다.
preset-normal-use-step-3 = 만료 5초 후, API는 WWW-Authenticate: Bearer error="invalid_token" 헤더와 함께 401로 응답합니다.
preset-normal-use-step-4 = 클라이언트가 리프레시 토큰을 /refresh로 보냅니다. 로테이션이 적용되어 새 액세스 토큰과 새 리프레시 토큰을 받습니다.
preset-normal-use-step-5 = 새 액세스 토큰으로 재시도하면 성공합니다.

## profile-auth0
preset-profile-auth0-name = 프로필: 로테이션을 켠 Auth0, 리프레시 토큰 탈취
preset-profile-auth0-description = 리프레시 토큰 로테이션(RTR)을 켠 Auth0입니다. 액세스 토큰은 24시간, 리프레시 토큰 수명은 유휴 15일·절대 30일입니다. 재사용이 감지되면 패밀리는 폐기되지만 이미 발급된 액세스 토큰은 유효하게 남고, 토큰 오류에는 403으로 응답합니다.
preset-profile-auth0-step-1 = 클라이언트가 로그인합니다. 24시간짜리 액세스 토큰과 로테이션되는 리프레시 토큰을 받습니다.
preset-profile-auth0-step-2 = 공격자가 RT1을 복사합니다.
preset-profile-auth0-step-3 = 공격자가 먼저 갱신합니다. RT1이 소비됩니다.
preset-profile-auth0-step-4 = 피해자가 RT1을 제시합니다. 재사용이 감지되어 패밀리가 폐기되고, Auth0는 403으로 응답합니다.
preset-profile-auth0-step-5 = 공격자의 액세스 토큰은 여전히 유효합니다. Auth0는 이미 발급된 액세스 토큰을 폐기하지 않습니다.
preset-profile-auth0-step-6 = RT2는 패밀리와 함께 폐기되었습니다: 403.

## profile-hydra
preset-profile-hydra-name = 프로필: Ory Hydra, 리프레시 토큰 탈취
preset-profile-hydra-description = Ory Hydra입니다. 유예 시간 없는 엄격한 로테이션을 사용하고, 재사용이 감지되면 패밀리와 그 액세스 토큰이 함께 폐기됩니다. 액세스 토큰은 1시간, 리프레시 토큰은 30일입니다.
preset-profile-hydra-step-1 = 클라이언트가 로그인합니다.
preset-profile-hydra-step-2 = 공격자가 RT1을 복사합니다.
preset-profile-hydra-step-3 = 공격자가 먼저 갱신합니다. RT1이 소비됩니다.
preset-profile-hydra-step-4 = 피해자가 RT1을 제시합니다. 재사용이 감지되어 패밀리와 그 액세스 토큰이 폐기됩니다.
preset-profile-hydra-step-5 = 인트로스펙션을 사용하는 API가 공격자의 AT2를 거부합니다: 401.
preset-profile-hydra-step-6 = 피해자의 AT1도 폐기되었습니다: 401, 다시 로그인해야 합니다.

## profile-keycloak
preset-profile-keycloak-name = 프로필: Keycloak 기본 설정, 리프레시 토큰 탈취
preset-profile-keycloak-description = Keycloak의 기본 설정입니다. 로테이션이 없고(리프레시 토큰이 바뀌지 않음), 액세스 토큰은 5분, 세션은 유휴 30분·최대 10시간입니다.
preset-profile-keycloak-step-1 = 클라이언트가 로그인합니다.
preset-profile-keycloak-step-2 = 공격자가 리프레시 토큰을 복사합니다.
preset-profile-keycloak-step-3 = 공격자가 갱신합니다: 200. 같은 리프레시 토큰이 계속 동작합니다.
preset-profile-keycloak-step-4 = 피해자가 같은 토큰으로 갱신합니다: 200. 아무것도 감지되지 않습니다.
preset-profile-keycloak-step-5 = 30분 동안 아무도 토큰을 쓰지 않아 유휴 타임아웃으로 만료되었습니다. 400.

## profile-okta
preset-profile-okta-name = 프로필: Okta 싱글 페이지 앱, 리프레시 토큰 탈취
preset-profile-okta-description = 싱글 페이지 앱용 Okta입니다. 이전 토큰에 30초 유예 시간을 주는 로테이션을 사용하며, 액세스 토큰은 1시간, 유휴 제한은 7일이고 절대 제한은 없습니다. 재사용이 감지되면 패밀리가 폐기되고 그 액세스 토큰이 비활성화됩니다(인트로스펙션을 사용하는 API에서 확인할 수 있습니다).
preset-profile-okta-step-1 = 클라이언트가 로그인합니다.
preset-profile-okta-step-2 = 공격자가 RT1을 복사합니다.
preset-profile-okta-step-3 = 공격자가 먼저 갱신합니다. RT1은 120초에 소비됩니다.
preset-profile-okta-step-4 = API가 AT2를 인트로스펙션합니다: 활성(active).
preset-profile-okta-step-5 = 피해자가 30초 유예 시간이 한참 지난 뒤 RT1을 제시합니다. 재사용이 감지되어 패밀리가 폐기되고 그 액세스 토큰이 비활성화됩니다.
preset-profile-okta-step-6 = 이제 인트로스펙션을 사용하는 API는 AT2가 비활성(inactive)이라는 응답을 받습니다: 401.

## profile-spring
preset-profile-spring-name = 프로필: Spring Authorization Server 기본 설정, 리프레시 토큰 탈취
preset-profile-spring-description = Spring Authorization Server의 기본 설정입니다. 리프레시 토큰을 재사용하고(로테이션 없음), 액세스 토큰은 5분, 리프레시 토큰은 1시간 동안 유효합니다.
preset-profile-spring-step-1 = 클라이언트가 로그인합니다.
preset-profile-spring-step-2 = 공격자가 리프레시 토큰을 복사합니다.
preset-profile-spring-step-3 = 공격자가 갱신합니다: 200.
preset-profile-spring-step-4 = 1시간이 끝나기 1초 전에도 여전히 200이며, 아무것도 감지되지 않습니다.
preset-profile-spring-step-5 = 리프레시 토큰의 1시간이 끝났습니다. 피해자에게도 마찬가지입니다: 400, 다시 로그인해야 합니다.

## profile-supabase
preset-profile-supabase-name = 프로필: Supabase Auth, 리프레시 토큰 탈취
preset-profile-supabase-description = Supabase Auth입니다. 현재 리프레시 토큰의 부모는 언제나 받아들여지고(현재 토큰을 다시 돌려받음), 그 밖의 소비된 토큰은 10초 이내에만 받아들여지는 로테이션을 사용합니다. 액세스 토큰은 1시간이고, 리프레시 토큰의 수명 제한은 없습니다.
preset-profile-supabase-step-1 = 클라이언트가 로그인합니다.
preset-profile-supabase-step-2 = 공격자가 RT1을 복사합니다.
preset-profile-supabase-step-3 = 피해자가 로테이션합니다. RT1이 소비되고 RT2가 현재 토큰이 됩니다.
preset-profile-supabase-step-4 = RT1은 현재 토큰인 RT2의 부모이므로 언제나 받아들여집니다. 공격자는 새 액세스 토큰과 RT2 자체를 받습니다.
preset-profile-supabase-step-5 = 공격자가 API를 사용합니다.
preset-profile-supabase-step-6 = 피해자가 RT2를 로테이션합니다. 이제 RT3가 현재 토큰입니다.
preset-profile-supabase-step-7 = 공격자가 RT1을 재전송합니다. 이제 RT1은 조부모이고 10초 유예 시간도 지났으므로, 재사용이 감지되어 세션이 폐기됩니다.

## refresh-stolen-no-rotation
preset-refresh-stolen-no-rotation-name = 리프레시 토큰 탈취, 로테이션 없음: 아무도 알아채지 못함
preset-refresh-stolen-no-rotation-description = 고정(static) 리프레시 토큰은 갱신할 때마다 그대로입니다. 공격자와 피해자 모두 절대 수명이 끝날 때까지 계속 갱신하며, 아무것도 감지되지 않습니다.
preset-refresh-stolen-no-rotation-step-1 = 클라이언트가 로그인합니다. 리프레시 토큰은 최대 1800초 동안 유효하며, 600초 동안 사용하지 않으면 만료됩니다.
preset-refresh-stolen-no-rotation-step-2 = 공격자가 리프레시 토큰을 복사합니다.
preset-refresh-stolen-no-rotation-step-3 = 공격자가 갱신합니다: 200, 새 액세스 토큰을 받습니다. 리프레시 토큰은 그대로입니다.
preset-refresh-stolen-no-rotation-step-4 = 공격자가 피해자 행세를 하며 API를 사용합니다.
preset-refresh-stolen-no-rotation-step-5 = 피해자가 같은 토큰으로 갱신합니다: 200. 서버는 아무런 이상도 알아채지 못합니다.
preset-refresh-stolen-no-rotation-step-6 = 공격자가 다시 갱신합니다. 사용할 때마다 유휴 타이머가 다시 시작됩니다.
preset-refresh-stolen-no-rotation-step-7 = 피해자가 갱신합니다: 200.
preset-refresh-stolen-no-rotation-step-8 = 공격자가 토큰을 계속 살려 둡니다: 200.
preset-refresh-stolen-no-rotation-step-9 = 피해자가 갱신합니다: 200. 토큰은 절대 제한인 1800초를 넘겨 살아남을 수 없습니다.
preset-refresh-stolen-no-rotation-step-10 = 절대 수명이 끝났습니다: 평범한 400 invalid_grant입니다. 끝내 아무것도 감지되지 않았습니다.
preset-refresh-stolen-no-rotation-step-11 = 피해자도 다시 로그인해야 합니다.

## rotation-attacker-refreshes-first
preset-rotation-attacker-refreshes-first-name = 리프레시 토큰 탈취, 로테이션 사용, 공격자가 먼저 갱신
preset-rotation-attacker-refreshes-first-description = 공격자의 갱신이 탈취한 토큰을 소비하므로, 공격자는 피해자가 다음에 갱신할 때까지 활동할 수 있고 그 갱신이 재사용으로 감지됩니다. 공격자의 액세스 토큰은 만료될 때까지 여전히 동작합니다.
preset-rotation-attacker-refreshes-first-step-1 = 클라이언트가 로그인해 AT1과 RT1을 받습니다.
preset-rotation-attacker-refreshes-first-step-2 = 공격자가 RT1을 복사합니다.
preset-rotation-attacker-refreshes-first-step-3 = 공격자가 먼저 갱신합니다. RT1이 소비되고, 공격자는 AT2와 RT2를 손에 넣습니다.
preset-rotation-attacker-refreshes-first-step-4 = 피해자의 AT1은 여전히 동작하고, 피해자는 아무것도 알아채지 못합니다.
preset-rotation-attacker-refreshes-first-step-5 = 피해자가 이미 소비된 RT1을 제시합니다. 재사용이 감지되어 패밀리가 폐기됩니다.
preset-rotation-attacker-refreshes-first-step-6 = 리프레시 토큰을 폐기해도 액세스 토큰에는 영향이 없습니다. AT2는 90초에 만료될 때까지 동작합니다.
preset-rotation-attacker-refreshes-first-step-7 = AT2가 만료되었습니다: 401.
preset-rotation-attacker-refreshes-first-step-8 = RT2는 폐기된 패밀리에 속합니다: 400. 탈취는 여기서 끝납니다.

## rotation-victim-refreshes-first
preset-rotation-victim-refreshes-first-name = 리프레시 토큰 탈취, 로테이션 사용, 피해자가 먼저 갱신
preset-rotation-victim-refreshes-first-description = 로테이션을 사용하면 피해자의 갱신이 탈취된 토큰을 소비합니다. 공격자의 재전송은 재사용에 해당하므로 패밀리가 폐기되고, 피해자는 다음 갱신 때 로그아웃됩니다.
preset-rotation-victim-refreshes-first-step-1 = 클라이언트가 로그인해 AT1과 RT1을 받습니다.
preset-rotation-victim-refreshes-first-step-2 = 공격자가 RT1을 복사합니다.
preset-rotation-victim-refreshes-first-step-3 = 피해자가 먼저 갱신합니다. RT1이 소비되고 RT2가 발급됩니다.
preset-rotation-victim-refreshes-first-step-4 = 피해자의 새 액세스 토큰이 동작합니다.
preset-rotation-victim-refreshes-first-step-5 = 공격자가 이미 소비된 RT1을 재전송합니다. 재사용이 감지되어 패밀리 전체가 폐기됩니다.
preset-rotation-victim-refreshes-first-step-6 = 피해자의 RT2는 폐기된 패밀리에 속해 있었습니다: 400. 서버는 누가 공격자인지 구별할 수 없었습니다.
preset-rotation-victim-refreshes-first-step-7 = 피해자가 다시 로그인해 새 패밀리를 시작합니다. 공격자에게는 아무것도 남지 않습니다.

## store-down
preset-store-down-name = 갱신 중 토큰 저장소 장애
preset-store-down-description = 갱신에는 토큰 저장소가 필요합니다. 저장소가 다운된 동안 토큰 엔드포인트는 500으로 응답하며, 클라이언트는 나중에 다시 시도해야 합니다.
preset-store-down-step-1 = 클라이언트가 로그인합니다.
preset-store-down-step-2 = 토큰 저장소가 60초 동안 다운됩니다.
preset-store-down-step-3 = 액세스 토큰이 만료되었습니다: 401.
preset-store-down-step-4 = 서버가 리프레시 토큰을 조회할 수 없습니다: 500, 토큰을 갱신하지 못했습니다.
preset-store-down-step-5 = 토큰 저장소가 복구되었습니다. 재시도가 성공합니다.
preset-store-down-step-6 = 정상으로 돌아왔습니다.

## two-tabs-grace
preset-two-tabs-grace-name = 두 탭이 동시에 갱신을 시도, 5초 유예 시간 적용
preset-two-tabs-grace-description = two-tabs-race와 같은 경쟁 상황이지만, 이전 리프레시 토큰이 5초 동안 유효하게 남습니다(previous_valid_for). 두 탭 모두 계속 동작합니다.
preset-two-tabs-grace-step-1 = 사용자가 첫 번째 탭에서 로그인합니다.
preset-two-tabs-grace-step-2 = 두 번째 탭이 공유 스토리지에서 같은 토큰을 읽습니다(시뮬레이션에서는 복사로 표현합니다).
preset-two-tabs-grace-step-3 = tab1이 먼저 갱신합니다. RT1이 소비되고 RT2가 발급됩니다.
preset-two-tabs-grace-step-4 = tab2가 같은 초에 RT1을 제시합니다. 유예 시간 안이므로 자기만의 AT3와 RT3를 받습니다.
preset-two-tabs-grace-step-5 = tab1의 AT2가 동작합니다.
preset-two-tabs-grace-step-6 = tab2의 AT3가 동작합니다.
preset-two-tabs-grace-step-7 = tab1이 RT2를 로테이션합니다: 200.
preset-two-tabs-grace-step-8 = tab2가 RT3를 로테이션합니다: 200. 오탐은 없습니다.

## two-tabs-race
preset-two-tabs-race-name = 두 탭이 동시에 갱신을 시도(유예 시간 없음): 오탐으로 인한 로그아웃
preset-two-tabs-race-description = 두 브라우저 탭이 리프레시 토큰 하나를 공유합니다. 두 탭이 같은 초에 갱신하는데, 유예 시간이 없으면(grace none) 두 번째 갱신은 재사용과 똑같아 보이므로 사용자가 로그아웃됩니다.
preset-two-tabs-race-step-1 = 사용자가 첫 번째 탭에서 로그인합니다.
preset-two-tabs-race-step-2 = 두 번째 탭이 공유 스토리지에서 같은 토큰을 읽습니다(시뮬레이션에서는 복사로 표현합니다).
preset-two-tabs-race-step-3 = 두 탭 모두 액세스 토큰이 만료된 것을 확인하고, tab1이 먼저 갱신합니다. RT1이 소비되고 RT2가 발급됩니다.
preset-two-tabs-race-step-4 = tab2가 같은 초에 RT1을 제시합니다. 재사용이 감지되어 패밀리가 폐기됩니다. 오탐입니다.
preset-two-tabs-race-step-5 = tab1의 AT2는 만료될 때까지 여전히 동작합니다.
preset-two-tabs-race-step-6 = RT2는 패밀리와 함께 폐기되었습니다. 사용자는 아무 이유 없이 로그아웃됩니다.

## JWE 내부
kind-x25519 = X25519 키
key-x25519-x-must-32 = X25519 "x"는 32바이트여야 합니다
key-x25519-d-must-32 = X25519 "d"는 32바이트여야 합니다
describe-x25519 = X25519 { $half ->
    [private] 개인
   *[public] 공개
} 키
jwe-decryption-failed = 이 키로는 토큰을 복호화할 수 없습니다
jwe-needs-alg = JWE 헤더에는 문자열 "alg"가 필요합니다
jwe-needs-enc = JWE 헤더에는 문자열 "enc"가 필요합니다
jwe-unsupported-alg = 키 관리 알고리즘 { $alg }은(는) 지원하지 않습니다
jwe-unsupported-enc = 콘텐츠 암호화 { $enc }은(는) 지원하지 않습니다
jwe-unsupported-zip = 압축 방식 "{ $zip }"은(는) 지원하지 않습니다(DEF만 지원)
jwe-needs-p2c = PBES2 헤더에는 양의 반복 횟수 "p2c"가 필요합니다
jwe-p2c-too-large = "p2c"가 PBES2 반복을 { $count }회 요구합니다. { $max }회를 넘으면 거부합니다
jwe-not-jwe = JWE가 아닙니다
jwe-no-key-kid = JWK Set에 kid가 "{ $kid }"인 키가 없습니다
jwe-ambiguous-key = JWK Set의 키 { $count }개가 이 토큰에 맞습니다. kid를 지정하거나 키 하나만 주세요
jwe-needs-secret = { $alg }에는 { $key }이(가) 아니라 시크릿이 필요합니다
jwe-dir-length = { $enc }을(를) 쓰는 dir에는 { $len }바이트 키가 필요하지만 이 키는 { $found }바이트입니다
jwe-kw-length = { $alg }에는 { $len }바이트 키가 필요하지만 이 키는 { $found }바이트입니다
jwe-needs-rsa-private = { $alg }에는 { $key }이(가) 아니라 RSA 개인 키가 필요합니다
jwe-needs-rsa = { $alg }에는 { $key }이(가) 아니라 RSA 키가 필요합니다
jwe-needs-epk = ECDH-ES 헤더에는 보낸 쪽의 임시 공개 키 "epk"가 필요합니다
jwe-needs-member = 헤더에 "{ $name }"이(가) 필요합니다
jwe-member-not-base64url = 헤더의 "{ $name }"이(가) base64url이 아닙니다
jwe-epk-curve = 임시 키는 { $crv } 곡선에, 주어진 키는 { $curve } 곡선에 있습니다
jwe-needs-ec-private = { $alg }에는 { $key }이(가) 아니라 EC 또는 X25519 개인 키가 필요합니다
jwe-needs-ec = { $alg }에는 { $key }이(가) 아니라 EC 또는 X25519 키가 필요합니다
jwe-cannot-encrypt-alg = tokenscope는 { $alg }(으)로 암호화하지 않습니다
jwe-rsa-encrypt = 이 RSA 키로는 암호화할 수 없습니다: { $error }
signature-jwe-not-signed = 서명된 토큰이 아니라 암호화된 토큰이므로 확인할 서명이 없습니다
cli-decrypt-needs-key = decrypt에는 키가 필요합니다: --secret, --secret-file 또는 --key
cli-encrypt-needs-key = encrypt에는 키가 필요합니다: --secret, --secret-file 또는 --key(받는 쪽의 공개 키)
cli-encrypt-needs-payload = encrypt에는 --payload 또는 --token이 필요합니다
cli-encrypt-payload-object = --payload는 JSON 객체여야 합니다
cli-decode-decrypted = 복호화됨 ({ $alg }, { $enc })
cli-decode-decryption-failed = 복호화하지 못함: { $message }
cli-decode-inner-token = 안에 든 토큰
jwk-pem-failed = 키를 PEM으로 쓸 수 없습니다: { $error }
jwk-secret-has-no-pem = 시크릿에는 PEM 형식이 없습니다. --to jwk를 사용하세요
jwk-x25519-has-no-pem = tokenscope는 X25519 키를 JWK로만 씁니다. --to jwk를 사용하세요
jwk-rsa-bits = RSA 키는 2048, 3072 또는 4096비트여야 합니다({ $bits }비트가 아님)
jwk-cannot-generate = tokenscope는 "{ $alg }"용 키를 만들 수 없습니다
jwk-generated = { $alg }용 새 키
cli-keys-bits = { $bits }비트
cli-keys-private = 개인 키
cli-keys-public = 공개 키
cli-keys-line = { $kty } { $size } ({ $half })
cli-keys-weak = 약함: { $why }
cli-keys-certificate = 인증서
cli-keys-x5t-matches = 첫 번째 인증서와 일치
cli-keys-x5t-differs = 첫 번째 인증서와 일치하지 않음
lint-rsa1-5-title = RSA1_5 키 관리(RSAES-PKCS1-v1_5)
lint-rsa1-5-explanation = RSA1_5는 Bleichenbacher 패딩 오라클 공격에 취약합니다. 잘못된 패딩과 잘못된 태그를 구분해 알려 주는 서버라면 공격자가 질의를 반복해 콘텐츠 키를 알아낼 수 있습니다. RSA-OAEP-256을 사용하세요.
lint-dir-short-key-title = 128비트 키를 쓰는 dir ({ $enc })
lint-dir-short-key-explanation = dir에서는 모든 토큰이 같은 공유 키로 암호화되므로 그 키의 강도가 전부입니다. 128비트 AES 키는 가장 짧은 키입니다. A256GCM이나, 토큰마다 새 콘텐츠 키를 쓰는 키 래핑을 사용하세요.
lint-pbes2-low-p2c-title = 반복 횟수가 { $count }회뿐인 PBES2
lint-pbes2-low-p2c-explanation = 비밀번호 기반 키는 PBKDF2 반복 횟수만큼만 추측하기 어렵습니다. { $low }회 미만이면 탈취된 토큰의 비밀번호가 오프라인 탐색으로 금방 드러납니다.
lint-jwe-zip-title = 압축된 평문(zip: DEF)
lint-jwe-zip-explanation = 압축을 푼 평문은 토큰 크기의 몇 배가 될 수 있고(압축 폭탄), 공격자가 고른 텍스트와 비밀을 함께 압축하면 길이로 비밀이 새어 나갑니다(CRIME). tokenscope는 { $limit }MiB에서 멈춥니다. 사용하는 라이브러리에도 한도가 있는지 확인하세요.
lint-nested-alg-none-title = JWE 안의 토큰이 보호되지 않았습니다(alg none)
lint-nested-alg-none-explanation = 암호화는 토큰을 숨길 뿐 누가 만들었는지는 증명하지 않습니다. 받는 쪽의 공개 키만 있으면 누구나 서명 없는 토큰을 암호화할 수 있습니다. 중첩된 토큰은 서명되어 있어야 하고 그 서명을 검증해야 합니다.
app-key-panel-decryption-key = 복호화 키
app-key-panel-decryption-key-hint = 시크릿(위에서 고른 인코딩) 또는 개인 키: PEM 또는 JWK
app-verdict-view-inner-shown = 안에 든 토큰을 보여 줍니다: 헤더, 클레임, 서명, 발견 사항.
app-verdict-view-plaintext-shown = 평문을 페이로드로 보여 주고 클레임을 검사합니다.
app-verdict-view-opened = 🔓 { $alg } + { $enc }(으)로 복호화됨
app-verdict-view-not-opened = ✖ 복호화하지 못함({ $kind }): { $message }
app-verdict-view-decrypted = 🔓 복호화됨: 서명 없음
app-key-panel-decryption-key-field = 복호화할 키 또는 시크릿
app-encoder-envelope-needs-key = 암호화할 받는 쪽의 키를 입력하세요.
app-encoder-generate-failed = 키를 만들지 못했습니다.
app-encoder-generate-key = 키 생성
app-encoder-generate-key-hint = 운영 체제의 난수원으로 만든 새 { $alg } 키(RSA 키는 잠시 걸립니다)
app-encoder-key-facts = 키: { $kty } { $size } ({ $half })
app-encoder-thumbprint = 지문 { $thumbprint }
app-encoder-thumbprint-hint = RFC 7638 SHA-256 지문: cnf.jkt와 JWKS kid에 흔히 쓰입니다
app-encoder-envelope = 토큰 암호화(중첩 JWE)
app-encoder-envelope-hint = 서명된 토큰을 받는 쪽의 키로 JWE에 담습니다(cty JWT)
app-encoder-key-management = 키 관리 알고리즘
app-encoder-content-encryption = 콘텐츠 암호화
app-encoder-recipient-key-hint = 받는 쪽의 공개 키(PEM, JWK) 또는 위 인코딩으로 쓴 공유 시크릿
app-encoder-recipient-key = 받는 쪽 키
profile-jwt = JWT
profile-at-jwt = 액세스 토큰(RFC 9068)
profile-id-token = OpenID Connect ID 토큰
profile-logout-jwt = OpenID Connect 로그아웃 토큰
profile-dpop-jwt = DPoP 증명(RFC 9449)
profile-kb-jwt = 키 바인딩 JWT(RFC 9901)
profile-sd-jwt = SD-JWT(RFC 9901)
profile-dc-sd-jwt = SD-JWT 검증 가능한 자격 증명
profile-secevent-jwt = 보안 이벤트 토큰(RFC 8417)
profile-entity-statement-jwt = OpenID Federation 엔터티 선언
profile-jwe = 암호화된 토큰(JWE)
profile-wrong-type = { $asked }을(를) 요구했지만 이 토큰은 { $found }입니다(RFC 8725 3.11절)
profile-is = { $profile }
profile-nonce-matches = 기대한 nonce와 일치
profile-nonce-differs = nonce가 기대한 값이 아니라 "{ $nonce }"입니다
profile-nonce-missing = nonce를 기대했지만 없습니다
profile-hash-matches = 일치
profile-hash-differs = { $claim }이(가) 일치하지 않습니다. { $expected }이어야 합니다
profile-hash-missing = 확인할 { $claim }이(가) 없습니다
profile-hash-no-alg = 지원하는 alg 없이는 { $claim }을(를) 확인할 수 없습니다
profile-auth-time-fresh = { $max_age }초 안에 인증됨
profile-auth-time-stale = { $ago } 전에 인증되어 max_age { $max_age }초를 넘었습니다
profile-logout-event = 백채널 로그아웃 이벤트를 포함
profile-logout-event-missing = events에 http://schemas.openid.net/event/backchannel-logout이 없습니다
profile-logout-needs-sub-or-sid = 로그아웃 토큰에는 sub 또는 sid가 필요합니다
profile-logout-nonce = 로그아웃 토큰에는 nonce가 있으면 안 됩니다
dpop-needs-jti = DPoP 증명에는 jti가 필요합니다
dpop-needs-member = DPoP 증명에는 { $name }이(가) 필요합니다
dpop-htm-differs = htm이 { $found }인데 요청은 { $expected }입니다
dpop-value = { $value }
dpop-htu-query = htu에는 쿼리나 프래그먼트가 있으면 안 됩니다
dpop-htu-differs = htu가 { $found }인데 요청은 { $expected }입니다
dpop-iat-off = iat가 현재와 { $off } 차이 나며 { $leeway }초를 넘습니다
dpop-iat-fresh = 현재와 { $leeway }초 이내
dpop-ath-matches = 액세스 토큰의 해시와 일치
dpop-ath-differs = ath가 이 액세스 토큰의 해시가 아닙니다
dpop-jkt-matches = 액세스 토큰이 이 증명의 키에 바인딩되어 있습니다
dpop-jkt-differs = 액세스 토큰은 이 증명의 키가 아니라 { $jkt } 키에 바인딩되어 있습니다
dpop-needs-jwk = DPoP 증명은 헤더의 jwk에 공개 키를 담습니다
dpop-private-jwk = 증명의 jwk에 개인 멤버 "{ $member }"이(가) 있습니다: 키가 노출되었습니다
dpop-symmetric-alg = DPoP 증명은 비대칭 알고리즘을 사용해야 합니다
dpop-signed-by-jwk = 헤더의 키로 서명됨(DPoP 증명 자신의 키)
dpop-bad-signature = 증명이 헤더의 키로 서명되지 않았습니다: { $why }
lint-at-missing-client-id-title = client_id가 없는 액세스 토큰(at+jwt)
lint-at-missing-client-id-explanation = RFC 9068은 client_id를 요구하므로 리소스 서버가 토큰이 어느 클라이언트에 발급되었는지 알 수 있습니다. 이 프로필을 요구하는 검증자는 이 토큰을 거부합니다.
lint-dpop-private-jwk-title = DPoP 증명의 jwk에 개인 키("{ $member }")가 들어 있습니다
lint-dpop-private-jwk-explanation = 헤더에는 공개 키만 있어야 합니다. 이 증명을 본 누구나 증명을 직접 만들 수 있으므로, 이 키에 바인딩된 토큰은 bearer 토큰과 다를 바 없습니다.
lint-logout-nonce-title = nonce가 있는 로그아웃 토큰
lint-logout-nonce-explanation = 로그아웃 토큰은 ID 토큰으로 오인되지 않도록 nonce를 담으면 안 됩니다. 검증자는 이 토큰을 거부합니다.
cli-decode-disclosures = 공개 항목({ $count })
cli-decode-array-element = (배열 요소)
cli-decode-disclosed-claims = 공개된 클레임
cli-decode-undisclosed = 공개되지 않은 다이제스트 { $count }개(디코이 포함)
cli-decode-key-binding = 키 바인딩 JWT
sd-disclosure-not-base64url = 공개 항목이 base64url이 아닙니다
sd-disclosure-not-array = 공개 항목은 JSON 배열 [salt, name, value] 또는 [salt, value]여야 합니다
sd-alg-unsupported = _sd_alg { $alg }은(는) 지원하지 않습니다(sha-256, sha-384, sha-512)
sd-disclosure-reserved-name = 공개 항목은 "{ $name }"을(를) 이름으로 쓸 수 없습니다
sd-disclosure-unused = 다이제스트가 { $digest }인 공개 항목을 페이로드 어디에서도 참조하지 않습니다
sd-digest-repeated = 다이제스트 { $digest }이(가) 두 번 이상 나옵니다
sd-disclosure-twice = 같은 공개 항목이 두 번 주어졌습니다
sd-claim-exists = 공개 항목이 페이로드에 이미 있는 { $name }을(를) 가리킵니다
sd-element-in-object = 배열 요소의 공개 항목을 객체의 _sd에서 참조합니다
sd-property-in-array = 속성의 공개 항목을 배열에서 참조합니다
sd-kb-missing = 키 바인딩 JWT가 필요하지만 프레젠테이션에 없습니다
sd-kb-typ = 키 바인딩 JWT의 typ은 kb+jwt여야 합니다
sd-kb-no-cnf = 발급자 클레임에 키 바인딩 JWT를 검증할 cnf.jwk가 없습니다
sd-kb-alg = 키 바인딩 JWT에는 비대칭 alg가 필요합니다
sd-kb-signature = 키 바인딩 JWT가 보유자의 키(cnf.jwk)로 서명되지 않았습니다
sd-kb-sd-hash = 키 바인딩 JWT의 sd_hash가 이 프레젠테이션과 맞지 않습니다
sd-kb-iat = 키 바인딩 JWT의 iat가 현재와 { $leeway }초 이내가 아닙니다
sd-kb-aud = 키 바인딩 JWT가 { $aud } 대상용이 아닙니다
sd-kb-nonce = 키 바인딩 JWT의 nonce가 기대한 값이 아닙니다
claim-htm-title = HTTP 메서드
claim-htm-meaning = 이 DPoP 증명이 대상으로 하는 요청의 메서드
claim-htu-title = HTTP URL
claim-htu-meaning = 이 DPoP 증명이 대상으로 하는 요청의 URL(쿼리와 프래그먼트 제외)
claim-ath-title = 액세스 토큰 해시
claim-ath-meaning = 이 DPoP 증명과 함께 보내는 액세스 토큰의 SHA-256
claim-sd-title = 선택적 공개 다이제스트
claim-sd-meaning = 보유자가 공개할 수 있는 클레임의 다이제스트. 공개하지 않은 것은 숨겨진 채로 남습니다
claim-sd-alg-title = 공개 항목 해시 알고리즘
claim-sd-alg-meaning = 공개 항목 다이제스트를 만드는 해시(없으면 sha-256)
claim-sd-hash-title = SD-JWT 해시
claim-sd-hash-meaning = 키 바인딩 JWT가 덮는 프레젠테이션의 해시
claim-vct-title = 자격 증명 유형
claim-vct-meaning = SD-JWT 검증 가능한 자격 증명의 유형
claim-status-title = 상태
claim-status-meaning = 자격 증명이 폐기되거나 정지되었는지 확인할 곳
lint-id-token-as-access-token-title = 액세스 토큰으로 제시된 ID 토큰
lint-id-token-as-access-token-explanation = ID 토큰은 누가 로그인했는지 클라이언트에게 알려 주는 토큰으로, API가 아니라 클라이언트를 위한 것입니다. 이를 받아들이는 API는 사용자의 ID 토큰을 얻은 어떤 클라이언트든 그 사용자로서 호출하게 합니다.
app-key-panel-nonce = Nonce
app-key-panel-nonce-hint = 클라이언트가 보낸 nonce(nonce 확인)
app-key-panel-access-token = 액세스 토큰
app-key-panel-at-hash-hint = 함께 발급된 액세스 토큰(at_hash 확인)
app-key-panel-code = 코드
app-key-panel-c-hash-hint = 인가 코드(c_hash 확인)
app-key-panel-htm = HTTP 메서드
app-key-panel-htm-hint = GET, POST, …(htm 확인)
app-key-panel-htu = URL
app-key-panel-htu-hint = 요청 URL(htu 확인)
app-key-panel-ath-hint = 증명과 함께 보내는 액세스 토큰(ath와 cnf.jkt 확인)
app-verdict-view-dpop-jkt = 증명 키 지문(jkt): { $jkt }
app-verdict-view-dpop-jkt-hint = 이 키에 바인딩된 액세스 토큰은 이 값을 cnf.jkt로 담습니다
app-results-view-salt = 솔트 { $salt }
app-results-view-unreferenced = 참조되지 않음
app-results-view-referenced-at = 페이로드에서 이 항목을 참조하는 곳(다이제스트가 있는 객체나 배열의 JSON 포인터)
cli-batch-failed-so-far = 지금까지 { $count }개 실패
app-encoder-envelope-payload-only = 페이로드 자체를 암호화(안에 서명 없음)
app-encoder-envelope-payload-only-hint = JWE가 서명된 토큰 대신 클레임을 평문으로 담습니다. 누가 만들었는지 증명하는 것은 없습니다
cli-simulate-secret = 토큰은 시크릿 "{ $secret }"(으)로 서명한 HS256 JWT입니다
cli-simulate-what-happened = 일어난 일
cli-simulate-stole = { $labels } 탈취
cli-simulate-window-none = 공격자 창: 없음(탈취된 액세스 토큰이 한 번도 받아들여지지 않음)
cli-simulate-span = { $from }초 – { $to }초
cli-simulate-window = 공격자 창: 모두 { $seconds }초({ $spans })
cli-simulate-detected-at = 탈취 감지: { $at }초(이미 쓴 리프레시 토큰의 재사용)
cli-simulate-detected-never = 탈취 감지: 없음
cli-simulate-revoked-none = 폐기된 패밀리: 없음
cli-simulate-revoked-at = { $at }초에 { $family }
cli-simulate-revoked = 폐기된 패밀리: { $families }
cli-encode-weak-warning = 경고: 토큰은 서명되었지만 신중한 검증자는 거부할 것입니다: { $weakness }
cli-encode-needs-alg = encode에는 --alg가 필요합니다
cli-encode-one-alg = encode는 --alg를 정확히 하나만 받습니다
cli-encode-header-object = --header는 JSON 객체여야 합니다
cli-encode-payload-object = --payload는 클레임의 JSON 객체여야 합니다
cli-encode-needs-key = encode에는 키가 필요합니다: --secret, --secret-file 또는 --key
cli-encode-needs-private = 서명에는 시크릿이나 개인 키가 필요합니다. 주어진 키는 { $key }입니다
cli-lint-lifetime-positive = --max-lifetime은 양수여야 합니다
cli-simulate-no-preset = "{ $name }"이라는 프리셋이 없습니다. `tokenscope presets`로 목록을 볼 수 있습니다
cli-simulate-needs-scenario = 시나리오 파일이나 --preset NAME을 주세요
cli-simulate-cannot-run = 시나리오를 실행할 수 없습니다: { $error }
cli-cannot-write-output = 출력을 쓸 수 없습니다: { $error }
cli-verify-needs-key = verify에는 키가 필요합니다: --secret, --secret-file 또는 --key(또는 --use-embedded-key)
cli-cannot-read-stdin = 표준 입력을 읽을 수 없습니다: { $error }
cli-not-utf8 = { $path }은(는) UTF-8 텍스트가 아닙니다
cli-cannot-read = { $path }을(를) 읽을 수 없습니다: { $error }

## 예제 메뉴
sample-hs256-name = HS256
sample-hs256-description = 32바이트 HMAC 시크릿으로 서명한 액세스 토큰
sample-rs256-name = RS256
sample-rs256-description = RSA 2048비트 키로 서명됨. 공개 키로 검증하세요
sample-es256-name = ES256
sample-es256-description = P-256 위의 ECDSA
sample-es512-name = ES512
sample-es512-description = SHA-512를 쓰는 P-521 위의 ECDSA
sample-eddsa-name = EdDSA
sample-eddsa-description = Ed25519(RFC 8037)
sample-expired-name = 만료됨
sample-expired-description = 2020-01-01에 만료된 진짜 토큰
sample-alg-none-name = alg: none
sample-alg-none-description = 보호되지 않은 토큰: 아무도 서명하지 않았고 절대 유효하지 않습니다
sample-jwe-name = JWE
sample-jwe-description = 이를 여는 AES 키와 함께 있는 암호화된 토큰(RFC 7516 A.3)
sample-at-jwt-name = 액세스 토큰(at+jwt)
sample-at-jwt-description = client_id가 있는 RFC 9068 액세스 토큰
sample-id-token-name = ID 토큰
sample-id-token-description = at_hash가 가리키는 액세스 토큰과 함께 있는 OpenID Connect ID 토큰
sample-logout-name = 로그아웃 토큰
sample-logout-description = OpenID Connect 백채널 로그아웃 토큰
sample-dpop-name = DPoP 증명
sample-dpop-description = 헤더의 키로 서명된 DPoP 증명과 그 키에 바인딩된 액세스 토큰
sample-sd-jwt-name = SD-JWT
sample-sd-jwt-description = 세 클레임 중 둘과 배열 요소 하나, 키 바인딩 JWT로 제시된 SD-JWT 자격 증명
sample-risky-name = 위험한 클레임
sample-risky-description = 약한 시크릿, 경로 조작 kid, jku, 페이로드의 개인 정보

## Second round of the simulation: the wire, scopes, sender constraints, clients, in-page attackers
scenario-via-no-step-has = "via": 액터가 "{ $via }"인 단계가 없습니다
scenario-via-itself = "via"가 액터 자신을 가리킵니다. 페이지 내 호출은 다른 액터의 페이지에서 실행됩니다
scenario-scope-malformed = "{ $field }"은(는) 공백 하나로 구분된, 보이는 ASCII 문자(따옴표와 역슬래시 제외)의 스코프 토큰이어야 하며 최대 { $max }바이트입니다
scenario-needs-via-apply-call = "needs"와 "via"는 call 단계에만 적용되며 { $action_name }에는 적용되지 않습니다
scenario-scope-applies-refresh = "scope"는 refresh 단계에만 적용되며 { $action_name }에는 적용되지 않습니다
scenario-via-uses-victim-token = "via"와 "token"은 함께 쓸 수 없습니다. 페이지 내 호출은 피해자의 최신 토큰을 그대로 사용합니다
world-steals-client-secret = { $actor }이(가) { $from }의 백엔드에서 클라이언트 시크릿을 복사합니다. 이제부터 { $actor }의 토큰 요청은 클라이언트로 인증됩니다
world-steals-client-secret-public = { $actor }이(가) { $from }에게서 클라이언트 시크릿을 찾지만, 퍼블릭 클라이언트라 시크릿이 없고 필요하지도 않습니다
world-steal-key-none = { $actor }이(가) { $from }의 키를 찾지만, 여기의 토큰은 어떤 키에도 바인딩되지 않았습니다. 베어러 토큰에는 키가 필요 없습니다
world-steal-key-not-extractable = { $actor }은(는) { $from }의 키를 복사할 수 없습니다. 클라이언트 밖으로 나가지 않는 추출 불가능한 키(WebCrypto)이므로, 탈취한 토큰은 키 없이는 쓸모가 없습니다
world-steal-key-copied = { $actor }이(가) localStorage에 보관된 { $from }의 { $what ->
    [certificate] TLS 클라이언트 인증서와 개인 키를
   *[other] DPoP 개인 키를
 } 복사합니다. 이제부터 탈취한 토큰이 바인딩된 키를 증명할 수 있습니다
server-invalid-client = { $actor }이(가) 클라이언트 자격 증명 없이 토큰 엔드포인트를 호출합니다: 401 invalid_client. 리프레시 토큰은 조회조차 되지 않습니다
server-binding-mismatch = { $label }은(는) { $owner }의 키에 바인딩되어 있는데 { $actor }은(는) 그 키를 증명하지 못합니다: 거부되고 바인딩 불일치로 기록됩니다(재사용이 아니므로 아무것도 폐기되지 않습니다)
server-invalid-scope = 갱신 요청이 로그인 때 부여된 스코프("{ $grant }")를 넘어서는 "{ $asked }"를 요구합니다: 400 invalid_scope, 아무것도 소비되지 않습니다
rs-api-refuses-unbound = API가 거부합니다: { $label }은(는) 키에 바인딩되어 있는데 { $actor }의 요청은 그 키를 증명하지 못합니다
rs-insufficient-scope = { $label }은(는) 진짜이고 유효하지만, 스코프 "{ $scope }"에 "{ $needs }"가 없습니다: 403 insufficient_scope
rs-in-page-call = . 이 호출은 { $victim }의 페이지 안에서 실행되는 { $actor }의 스크립트입니다. { $victim }의 토큰과 키를 그대로 쓰므로 로테이션도 송신자 제한도 막지 못합니다
rs-slide-capped = . 세션이 { $cap }초에 상한에 도달하여 응답에 새 액세스 토큰이 오지 않습니다
rs-slide-fresh = . 응답에 { $until }초까지 유효한 새 { $label }이(가) 함께 옵니다(세션이 계속 연장됩니다)
action-store-unavailable = 저장소 사용 불가
action-binding-mismatch = 바인딩 불일치
action-access-slid = 액세스 연장됨
app-config-panel-wire-heading = 와이어와 클라이언트
app-config-panel-wire = 와이어
app-config-panel-wire-oauth = OAuth 2.0 엔드포인트
app-config-panel-wire-json-api = 원문 JSON API
app-config-panel-scope = 부여된 스코프
app-config-panel-scope-hint = 로그인 때 부여되어 모든 액세스 토큰에 담기는, 공백으로 구분된 스코프 토큰입니다. 호출은 스코프를 요구할 수 있고, 갱신은 스코프를 좁힐 수 있습니다
app-config-panel-sender-constraint = 송신자 제한
app-config-panel-constraint-none = 없음 (베어러)
app-config-panel-constraint-dpop = DPoP (RFC 9449)
app-config-panel-constraint-mtls = mTLS (RFC 8705)
app-config-panel-key-extractable = 키 추출 가능
app-config-panel-key-extractable-hint = 키가 추출 불가능한 WebCrypto 키가 아니라 스크립트가 읽을 수 있는 곳(localStorage)에 보관됩니다. 공격자가 키까지 탈취할 수 있습니다
app-config-panel-client-auth = 클라이언트
app-config-panel-client-public = 퍼블릭 (시크릿 없음)
app-config-panel-client-secret = 컨피덴셜 (클라이언트 시크릿)
app-config-panel-strategy-sliding-access = 슬라이딩 세션 (RT 없음)
app-timeline-loot-key = 키
app-timeline-loot-client-secret = 클라이언트 시크릿

## The second round's presets
preset-sliding-session-stolen-name = 탈취된 슬라이딩 세션: 공격자는 결코 로그아웃되지 않음
preset-sliding-session-stolen-description = 원문의 두 번째 흐름입니다: 리프레시 토큰이 없고, 받아들여진 호출마다 결과와 함께 새 액세스 토큰이 옵니다("result data + new exp"). 세션 상한이 없으면, 계속 호출하는 공격자는 영원히 유효한 토큰을 갖고, 잠시 쉬는 피해자는 로그아웃됩니다.
preset-confidential-client-bff-name = BFF: 클라이언트 시크릿 없이 탈취한 RT
preset-confidential-client-bff-description = 토큰은 BFF(backend-for-frontend)에 있습니다. BFF는 시크릿으로 토큰 엔드포인트에 인증하는 컨피덴셜 클라이언트입니다. 로그에서 유출된 리프레시 토큰은 시크릿 없이는 쓸모가 없습니다: 401 invalid_client, 패밀리는 건드려지지도 않습니다. 시크릿까지 탈취되면 로테이션의 재사용 감지가 마지막 방어선입니다.
preset-dpop-in-page-attacker-name = DPoP는 페이지 안의 스크립트를 막지 못합니다
preset-dpop-in-page-attacker-description = 공격자의 스크립트가 클라이언트의 페이지 안에서 실행됩니다(XSS). 아무것도 탈취할 필요가 없습니다. 페이지의 토큰과 키를 그대로 써서 페이지에서 API를 호출합니다. 외부로 빼낸 토큰은 쓸모없지만, 페이지 내 호출은 로테이션을 몇 번 거쳐도 클라이언트 자신의 호출과 똑같이 성공합니다.
preset-dpop-extractable-key-name = localStorage에 둔 DPoP 키: 키까지 탈취됨
preset-dpop-extractable-key-description = 같은 DPoP 바인딩이지만, 개인 키가 스크립트로 읽을 수 있는 곳에 보관됩니다. 공격자가 토큰과 함께 키를 복사하면 클라이언트와 다를 바가 없습니다. 도난을 잡아내는 것은 로테이션의 재사용 감지뿐입니다.
preset-dpop-stolen-tokens-name = DPoP: 토큰은 탈취됐지만 키는 아니므로 쓸모없음
preset-dpop-stolen-tokens-description = 토큰이 클라이언트의 DPoP 키(RFC 9449)에 바인딩되어 있고, 그 키는 추출 불가능한 WebCrypto 키입니다. 공격자는 두 토큰을 복사하지만 키는 복사하지 못합니다. 공격자의 모든 요청이 실패하며, 탈취한 RT로 갱신하면 아무것도 폐기하지 않고 바인딩 불일치로 거부됩니다.
preset-scope-narrowing-name = 스코프: 갱신은 액세스 토큰을 좁힐 뿐 부여 범위는 바꾸지 않습니다
preset-scope-narrowing-description = 로그인은 api:read와 api:write를 부여합니다. 갱신은 더 적은 스코프를 요청할 수 있고(RFC 6749 6절), 새 액세스 토큰에는 그만큼만 담깁니다. 다음 갱신에서 전체 부여 범위를 다시 요청할 수 있습니다. 부여 범위를 넘는 요청은 400 invalid_scope이며 아무것도 소비하지 않습니다.
preset-seed-refresh-api-name = 원문의 갱신 API: 상태표의 모든 상태
preset-seed-refresh-api-description = 원문 글이 설계한 갱신 API를 와이어 그대로 보여 줍니다: {"{"}"refreshToken"{"}"}을 담은 POST /auth/refresh, {"{"}"accessToken", "refreshToken"{"}"} 응답, 모든 오류는 {"{"}"status", "message"{"}"}. 상태표의 각 행(200, 403, 401, 400, 500)을 한 단계씩 보여 줍니다.
preset-seed-refresh-api-step-1 = 클라이언트가 로그인하여 액세스 토큰(스코프 api:read)과 리프레시 토큰을 받습니다.
preset-seed-refresh-api-step-2 = 200: 토큰이 인증되었습니다. 요청을 열어 보세요. 액세스 토큰은 Authorization 헤더에 실려 갑니다.
preset-seed-refresh-api-step-3 = 403: 토큰은 진짜지만 이 요청에는 api:write가 필요한데 토큰에는 api:read만 있습니다. 권한이 없는 요청입니다.
preset-seed-refresh-api-step-4 = 401: 액세스 토큰이 60초에 만료되었습니다. 토큰이 유효하지 않습니다.
preset-seed-refresh-api-step-5 = 200: 리프레시 토큰으로 POST /auth/refresh를 보냅니다. 응답에 새 accessToken과 새 refreshToken이 옵니다(로테이션). 저장소 명령을 보세요. 이전 RT는 consumed로 표시되고, 새 RT가 TTL과 함께 기록됩니다.
preset-seed-refresh-api-step-6 = 새 액세스 토큰으로 다시 200입니다.
preset-seed-refresh-api-step-7 = 400: 새 탭이 리프레시 토큰 없이 갱신 API를 호출합니다. 유효하지 않은 요청입니다.
preset-seed-refresh-api-step-8 = 토큰 저장소(Redis)가 30초 동안 다운됩니다.
preset-seed-refresh-api-step-9 = 500: 서버가 저장소에서 리프레시 토큰을 읽지 못합니다. 서버 내부 오류로 인해 토큰 갱신에 실패했습니다. 저장소 열에 실패한 명령이 보입니다.
preset-seed-refresh-api-step-10 = 저장소가 복구되었습니다. 재시도로 새 토큰을 받습니다(200).
preset-seed-refresh-api-step-11 = 정상으로 돌아왔습니다: 200.
preset-scope-narrowing-step-1 = 클라이언트가 로그인합니다. 부여 범위는 api:read api:write입니다.
preset-scope-narrowing-step-2 = 쓰기에는 api:write가 필요하고, 액세스 토큰에 있습니다(200).
preset-scope-narrowing-step-3 = 읽기만 하는 페이지답게 api:read만 요청합니다. 새 AT에는 api:read만 담깁니다.
preset-scope-narrowing-step-4 = 좁혀진 토큰으로는 쓸 수 없습니다: 403 insufficient_scope, WWW-Authenticate에 부족한 스코프가 표시됩니다.
preset-scope-narrowing-step-5 = 읽기는 여전히 됩니다(200).
preset-scope-narrowing-step-6 = 좁히기는 패밀리를 바꾸지 않았습니다. 다음 갱신에서 전체 부여 범위를 돌려받습니다.
preset-scope-narrowing-step-7 = 다시 쓸 수 있습니다(200).
preset-scope-narrowing-step-8 = 부여 범위를 넘는 요청(api:admin)은 400 invalid_scope입니다. 리프레시 토큰은 소비되지 않습니다.
preset-scope-narrowing-step-9 = 같은 리프레시 토큰이 여전히 동작합니다. invalid_scope는 아무것도 소비하지 않았습니다(200).
preset-dpop-stolen-tokens-step-1 = 클라이언트가 DPoP 증명과 함께 로그인합니다. 두 토큰이 클라이언트의 키에 바인딩됩니다(AT에 cnf.jkt가 담깁니다).
preset-dpop-stolen-tokens-step-2 = 호출마다 클라이언트 키로 서명한 새 DPoP 증명이 ath(AT의 해시)와 함께 실립니다. 인스펙터에서 열어 보세요.
preset-dpop-stolen-tokens-step-3 = 공격자가 두 토큰을 복사합니다(유출된 로그, 토큰을 외부로 보내는 XSS).
preset-dpop-stolen-tokens-step-4 = 공격자의 증명은 cnf.jkt의 키가 아닌 자기 키로 서명되어 있습니다: 401.
preset-dpop-stolen-tokens-step-5 = 탈취한 RT도 바인딩되어 있습니다: 400 invalid_grant, 바인딩 불일치로 기록됩니다. 재사용이 아니므로 아무것도 폐기되지 않습니다.
preset-dpop-stolen-tokens-step-6 = 공격자가 키까지 가져가려 하지만, 추출 불가능한 키는 클라이언트 밖으로 나가지 않습니다.
preset-dpop-stolen-tokens-step-7 = 클라이언트의 갱신은 동작합니다. 공격자는 패밀리에 아무 해도 끼치지 못했습니다.
preset-dpop-stolen-tokens-step-8 = 200. 공격자는 내내 두 토큰을 갖고 있었지만 아무것도 얻지 못했습니다.
preset-dpop-extractable-key-step-1 = 클라이언트가 로그인합니다. 토큰이 DPoP 키에 바인딩됩니다.
preset-dpop-extractable-key-step-2 = 공격자가 두 토큰을 복사합니다.
preset-dpop-extractable-key-step-3 = …그리고 localStorage에 있는 개인 키까지 복사합니다.
preset-dpop-extractable-key-step-4 = 키가 있으니 공격자의 증명이 유효합니다: 200.
preset-dpop-extractable-key-step-5 = 공격자가 먼저 갱신하고, 새 토큰은 공격자도 가진 클라이언트의 키에 바인딩됩니다.
preset-dpop-extractable-key-step-6 = 클라이언트가 이미 소비된 RT1을 제시합니다: 재사용 감지, 패밀리가 폐기됩니다.
preset-dpop-extractable-key-step-7 = 공격자의 AT2는 만료될 때까지 여전히 통과합니다. 탈취될 수 있는 키에 바인딩해서는 얻은 것이 없습니다.
preset-dpop-in-page-attacker-step-1 = 클라이언트가 로그인합니다. 토큰이 추출 불가능한 DPoP 키에 바인딩됩니다.
preset-dpop-in-page-attacker-step-2 = 삽입된 스크립트가 페이지 안에서 API를 호출합니다. 브라우저가 페이지의 키로 증명에 서명합니다. 200.
preset-dpop-in-page-attacker-step-3 = 스크립트는 토큰을 공격자의 서버로도 보냅니다…
preset-dpop-in-page-attacker-step-4 = …하지만 거기서는 키가 없어 쓸모가 없습니다: 401.
preset-dpop-in-page-attacker-step-5 = 클라이언트가 평소처럼 갱신합니다. 새로 바인딩된 토큰을 받습니다.
preset-dpop-in-page-attacker-step-6 = 스크립트가 페이지의 최신 토큰으로 다시 호출합니다: 200. 로테이션도 DPoP도 소용없습니다. 스크립트를 없애거나(CSP, 입력 정화) 토큰을 페이지 밖에 두는 것(BFF)만이 막을 수 있습니다.
preset-confidential-client-bff-step-1 = 백엔드가 사용자를 로그인시키고 토큰을 서버에 보관합니다. 브라우저는 세션 쿠키만 받습니다.
preset-confidential-client-bff-step-2 = 백엔드 로그에서 리프레시 토큰이 유출됩니다.
preset-confidential-client-bff-step-3 = 공격자에게는 클라이언트 시크릿이 없습니다: 401 invalid_client. RT는 조회되지도, 소비되지도 않으며 재사용으로 세지도 않습니다.
preset-confidential-client-bff-step-4 = 백엔드가 사용자를 대신해 API를 호출합니다: 200.
preset-confidential-client-bff-step-5 = 백엔드가 Basic 클라이언트 인증과 함께 갱신합니다: 200, 로테이션.
preset-confidential-client-bff-step-6 = 이번에는 클라이언트 시크릿까지 유출됩니다.
preset-confidential-client-bff-step-7 = 이제 인증된 공격자가 이전 RT1을 제시합니다: 재사용 감지, 패밀리가 폐기됩니다.
preset-confidential-client-bff-step-8 = 백엔드의 갱신도 실패합니다(400). 사용자는 다시 로그인해야 하고, 시크릿은 교체해야 합니다.
preset-sliding-session-stolen-step-1 = 클라이언트가 로그인하여 AT1(60초)을 받습니다. 리프레시 토큰은 없습니다.
preset-sliding-session-stolen-step-2 = 200, 응답에 90초까지 유효한 AT2가 함께 옵니다. 세션이 연장됩니다.
preset-sliding-session-stolen-step-3 = 공격자가 AT2를 복사합니다.
preset-sliding-session-stolen-step-4 = 공격자가 AT2가 만료되기 전에 호출하여 자기 몫의 AT3을 받습니다.
preset-sliding-session-stolen-step-5 = 또 호출합니다: AT4. 호출할 때마다 세션의 끝이 뒤로 밀립니다.
preset-sliding-session-stolen-step-6 = 피해자는 쉬고 있었습니다. AT2는 90초에 만료되었습니다. 401, 다시 로그인해야 합니다.
preset-sliding-session-stolen-step-7 = 공격자는 여전히 접속해 있고, 1분에 한 번만 호출하면 계속 그렇습니다. 세션 상한(refresh_absolute)만이 이를 끝낼 수 있습니다.
cli-simulate-store = 토큰 저장소:
cli-simulate-in-page-calls = 200을 받은 페이지 내 호출: { $count }
app-canvas-store-key = { $key } ({ $from }초 – { $to }초)
app-canvas-store-key-lasts = { $from }초에 기록됨. 타임라인이 끝날 때까지 남아 있습니다
app-canvas-store-key-life = { $from }초에 기록됨. { $to }초에 사라집니다
app-canvas-leeway-tail = { $label }: exp가 지났지만 { $until }초까지 받아들여집니다(리소스 서버의 허용 오차)
app-canvas-no-key = { $status } 키 없음
app-canvas-in-page = { $status } 페이지 내
app-canvas-request = { $at }초의 { $line }
app-canvas-request-hint = { $line }: 클릭하면 HTTP 교환을 봅니다
app-log-show-exchange = HTTP 교환 보기
app-log-step-commands = { $at }초의 저장소 명령
app-log-more-commands = …외 { $count }개 (HTTP 창에서 볼 수 있습니다)
app-timeline-show-exchange = HTTP 교환 보기
app-http-title = HTTP · { $at }초 · { $actor } · { $line }
app-http-request = 요청
app-http-response = 응답
app-http-store = 토큰 저장소 명령
app-http-tokens = 인스펙터에서 열기:
app-http-dpop-proof = DPoP 증명
app-http-client-certificate = (TLS 클라이언트 인증서, x5t#S256 { $thumbprint })
app-timeline-no-step = 타임라인에 { $step }단계가 없습니다
