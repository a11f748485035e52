# Build Parley for Windows: the PyInstaller bundle, a portable zip and the Inno Setup installer.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Clean]
# Needs uv (https://docs.astral.sh/uv/) and Inno Setup 6 (https://jrsoftware.org/isinfo.php;
# winget install JRSoftware.InnoSetup). Outputs in dist\:
#   Parley-VERSION-windows-x64-setup.exe   the installer
#   parley-VERSION-windows-x64.zip         the same bundle, portable (unzip and run parleyw.exe)
# The build uses an environment of its own (build\packaging-venv), not the checkout's .venv.
param([switch]$Clean)
$ErrorActionPreference = "Stop"

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$env:UV_PROJECT_ENVIRONMENT = Join-Path $Root "build\packaging-venv"
$Started = Get-Date

function Invoke-Checked {
    param([string]$Command, [string[]]$Arguments)
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command $($Arguments -join ' ') exited $LASTEXITCODE" }
}

$UvRun = @("run", "--frozen", "--no-dev", "--group", "packaging", "--no-sync")
Write-Host "==> build environment: $env:UV_PROJECT_ENVIRONMENT"
Invoke-Checked "uv" @("sync", "--frozen", "--no-dev", "--group", "packaging", "--quiet")
$Version = (& uv @UvRun python packaging\bundle_files.py version).Trim()
if ($LASTEXITCODE -ne 0) { throw "cannot read the version from pyproject.toml" }
# Windows file versions are numbers only: 1.2.0rc1 -> 1.2.0
$NumericVersion = [regex]::Match($Version, '^[0-9.]*[0-9]').Value

Write-Host "==> PyInstaller (Parley $Version)"
$Work = Join-Path $Root "build\pyinstaller"
$PyiArgs = @("pyinstaller", "--noconfirm", "--log-level", "WARN",
    "--workpath", $Work, "--distpath", (Join-Path $Work "dist"))
if ($Clean) { $PyiArgs += "--clean" }
Invoke-Checked "uv" ($UvRun + $PyiArgs + @("packaging\parley.spec"))
$Bundle = Join-Path $Work "dist\parley"

Write-Host "==> checking the frozen command"
$Printed = (& (Join-Path $Bundle "parley.exe") --version).Trim()
if ($Printed -ne "parley $Version") { throw "frozen parley.exe printed '$Printed'" }

$Dist = Join-Path $Root "dist"
New-Item -ItemType Directory -Force -Path $Dist | Out-Null
$Zip = Join-Path $Dist "parley-$Version-windows-x64.zip"
Write-Host "==> $Zip"
if (Test-Path $Zip) { Remove-Item $Zip }
Compress-Archive -Path $Bundle -DestinationPath $Zip

Write-Host "==> Inno Setup"
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) {
    $Iscc = @(
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe"),
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe")
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: winget install JRSoftware.InnoSetup" }
Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DNumericVersion=$NumericVersion",
    "/DBundleDir=$Bundle", "/DOutputDir=$Dist",
    (Join-Path $PSScriptRoot "parley.iss"))

$Seconds = [int]((Get-Date) - $Started).TotalSeconds
Write-Host "==> done in $Seconds s"
Get-ChildItem $Dist -Filter "*$Version-windows*" | ForEach-Object {
    Write-Host ("    {0,8:N0} KB  {1}" -f ($_.Length / 1KB), $_.FullName)
}
# Code signing, where IT requires it: signtool sign /fd SHA256 /tr <timestamp URL> /td SHA256
#   /f <certificate> build\pyinstaller\dist\parley\*.exe before Inno Setup, and the setup .exe after.
