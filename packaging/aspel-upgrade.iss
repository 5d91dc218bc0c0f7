; Inno Setup script: installs the PyInstaller one-folder build per machine, in Spanish.
;
;   iscc /DAppVersion=0.1.0 /DBuildDir=..\dist\aspel-upgrade packaging\aspel-upgrade.iss
;
; Silent install for bundling inside SAE's installer:
;   aspel-upgrade-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/PORTALURL=https://...]
;   aspel-upgrade-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/PORTALURLFILE=C:\ruta\url.txt]
; /PORTALURL (optional) writes the machine-wide settings file next to the executable, which
; gives every user of this PC the portal address (see README: settings precedence).
; Setup reads its command line its own way: a double quote only opens or closes a quoted
; part and is never kept, whatever the escaping (\" and "" both lose it, checked under
; Wine); a backslash and non-ASCII characters pass. So an address holding a " (which a
; well-formed URL writes as %22) goes in a file: /PORTALURLFILE names a UTF-8 text file
; (with or without BOM) whose first line is the address. The settings file written is UTF-8
; JSON without BOM, and is removed on uninstall. packaging/windows/prove.sh checks both.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BuildDir
  #define BuildDir "..\dist\aspel-upgrade"
#endif

[Setup]
AppId={{6F1C2D4E-9B7A-4C3E-8F21-5A9D0B3E7C41}
AppName=Actualizar número de serie de Aspel
AppVersion={#AppVersion}
AppPublisher=Aspel
DefaultDirName={autopf}\Aspel\aspel-upgrade
DefaultGroupName=Aspel
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=aspel-upgrade-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\aspel-upgrade.exe
; Signing (packaging/README.md, "Sign"): with /DSignTool=NAME and /SNAME=COMMAND on the
; iscc command line, ISCC signs the setup and the uninstaller it embeds (the installed
; unins000.exe then carries the same signature), e.g.
;   iscc /DSignTool=aspelsign "/Saspelsign=py packaging\sign.py $f" ...
; Without it the setup is built unsigned.
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#else
  #pragma warning "UNSIGNED BUILD: no /DSignTool given, the setup and its uninstaller are NOT signed (SmartScreen, antivirus; SAE's installer must not bundle it)"
#endif

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Aspel\Actualizar número de serie de Aspel"; Filename: "{app}\aspel-upgrade.exe"
Name: "{autoprograms}\Aspel\Desinstalar actualización de número de serie"; Filename: "{uninstallexe}"

[UninstallDelete]
; Written by [Code] below, so not in the uninstall log on its own.
Type: files; Name: "{app}\aspel-upgrade-equipo.json"

[Run]
Filename: "{app}\aspel-upgrade.exe"; Description: "Abrir el asistente ahora"; Flags: nowait postinstall skipifsilent

[Code]
function PortalUrlFromFile(const FileName: String): String;
var
  Raw: AnsiString;
  I: Integer;
begin
  Result := '';
  if not LoadStringFromFile(FileName, Raw) then
    Exit;
  if Copy(Raw, 1, 3) = #$EF#$BB#$BF then
    Delete(Raw, 1, 3);
  Result := UTF8Decode(Raw);
  I := Pos(#10, Result);
  if I > 0 then
    Result := Copy(Result, 1, I - 1);
  Result := Trim(Result);
end;

function PortalUrlParam(): String;
var
  UrlFile: String;
begin
  Result := ExpandConstant('{param:PORTALURL|}');
  UrlFile := ExpandConstant('{param:PORTALURLFILE|}');
  if (Result = '') and (UrlFile <> '') then
    Result := PortalUrlFromFile(UrlFile);
end;

function JsonEscape(S: String): String;
var
  I: Integer;
  C: Char;
begin
  Result := '';
  for I := 1 to Length(S) do
  begin
    C := S[I];
    if C = '\' then
      Result := Result + '\\'
    else if C = '"' then
      Result := Result + '\"'
    else if Ord(C) < 32 then
      Result := Result + Format('\u%.4x', [Ord(C)])
    else
      Result := Result + C;
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Url: String;
  Lines: TArrayOfString;
begin
  if CurStep = ssPostInstall then
  begin
    Url := PortalUrlParam();
    if Url <> '' then
    begin
      SetArrayLength(Lines, 1);
      Lines[0] := '{"portal_url": "' + JsonEscape(Url) + '"}';
      // UTF-8 without BOM: SaveStringToFile would write the ANSI code page, which the app
      // (reading UTF-8) rejects as soon as the address holds a non-ASCII character.
      if not SaveStringsToUTF8FileWithoutBOM(
        ExpandConstant('{app}\aspel-upgrade-equipo.json'), Lines, False) then
        Log('Could not write aspel-upgrade-equipo.json');
    end;
  end;
end;
