; Inno Setup script (P3): installs the frozen build made by scripts/build.sh on Windows
; (dist\personal-cabinet\) for the current user, with the personal-cabinet:// scheme under
; HKCU\Software\Classes, a Start menu entry, and an uninstaller that removes both.
;   iscc packaging\windows\personal-cabinet.iss
; Not built or run in CI (no Windows there): see packaging/README.md for what was checked.

#define AppName "Personal Cabinet"
#define AppVersion "0.1.0"
#define AppExe "PersonalCabinet.exe"

[Setup]
AppId={{6B0F6E0B-6C55-4B7B-9E57-2B9B1D6C1A77}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Personal Cabinet demo vendor
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputBaseFilename=PersonalCabinet-{#AppVersion}-setup
SourceDir=..\..
OutputDir=dist
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={app}\{#AppExe}

[Files]
Source: "dist\personal-cabinet\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"

[Registry]
; the same keys as register-url-scheme.reg, with the installed path
Root: HKCU; Subkey: "Software\Classes\personal-cabinet"; ValueType: string; ValueName: ""; ValueData: "URL:Personal Cabinet"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\personal-cabinet"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\personal-cabinet\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\personal-cabinet\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
