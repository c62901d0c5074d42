"""The DEMO vendor signing key for key files; a real deployment sets ``Settings.vendor_key_path``.

The private key here is public knowledge (it ships in the source), so key files it signs
prove nothing outside a demo. Its public half is ``app/core/vendor_public_key.pem``.
"""
