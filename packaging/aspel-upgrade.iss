; Inno Setup script: installs the PyInstaller one-folder build per machine, in Spanish.
;
;   iscc /DAppVersion=0.1.0 /DBuildDir=..\dist\aspel-upgrade packaging\aspel-upgrade.iss
;
; Silent install for bundling inside SAE's installer:
;   aspel-upgrade-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/PORTALURL=https://...]
; /PORTALURL (optional) writes the machine-wide settings file next to the executable, which
; gives every user of this PC the portal address (see README: settings precedence).

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
; Sign both the setup and the uninstaller (configure the "signtool" tool in the IDE or
; with /S on the iscc command line); see packaging/README.md.
; SignTool=signtool

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Aspel\Actualizar número de serie de Aspel"; Filename: "{app}\aspel-upgrade.exe"
Name: "{autoprograms}\Aspel\Desinstalar actualización de número de serie"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\aspel-upgrade.exe"; Description: "Abrir el asistente ahora"; Flags: nowait postinstall skipifsilent

[Code]
function PortalUrlParam(): String;
begin
  Result := ExpandConstant('{param:PORTALURL|}');
end;

function JsonEscape(S: String): String;
begin
  StringChangeEx(S, '\', '\\', True);
  StringChangeEx(S, '"', '\"', True);
  Result := S;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Url: String;
begin
  if CurStep = ssPostInstall then
  begin
    Url := PortalUrlParam();
    if Url <> '' then
      SaveStringToFile(ExpandConstant('{app}\aspel-upgrade-equipo.json'),
        '{"portal_url": "' + JsonEscape(Url) + '"}', False);
  end;
end;
