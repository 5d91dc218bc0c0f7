<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_MX">
<context>
    <name></name>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/crash.py" line="9"/>
        <source>Ocurrió un error inesperado</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/crash.py" line="13"/>
        <source>Algo salió mal en el asistente. Lo que ya hiciste no se perdió: puedes seguir o volver a intentarlo.</source>
        <translation>Something went wrong in the assistant. Nothing you did was lost: you can carry on or try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/crash.py" line="19"/>
        <source>Si se repite, pulsa «{button}», copia el reporte y envíalo a soporte.</source>
        <translation>If it happens again, click “{button}”, copy the report and send it to support.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/crash.py" line="26"/>
        <source>Mostrar los detalles</source>
        <translation>Show Details</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="13"/>
        <source>mensual</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="13"/>
        <source>semestral</source>
        <translation>semiannual</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="13"/>
        <source>anual</source>
        <translation>annual</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="14"/>
        <source>pago único</source>
        <translation>one-time payment</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="113"/>
        <source>Actualizar a {version}</source>
        <translation>Upgrade to {version}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="115"/>
        <source>Licencia: requiere compra</source>
        <translation>Licence: purchase required</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="116"/>
        <source>Inactivo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="117"/>
        <source>Pago pendiente</source>
        <translation>Payment due</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="118"/>
        <source>Ya actualizado a {version}</source>
        <translation>Already upgraded to {version}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="119"/>
        <source>Versión más reciente</source>
        <translation>Latest version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="121"/>
        <source>No disponible</source>
        <translation>Not available</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="26"/>
        <source>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: activa la nueva versión cuanto antes.</source>
        <translation>The date has passed: {old} could be used until {date}. The system will stop working at any moment, if it has not already: activate the new version as soon as you can.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="32"/>
        <source>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: instala y activa la nueva versión cuanto antes.</source>
        <translation>The date has passed: {old} could be used until {date}. The system will stop working at any moment, if it has not already: install and activate the new version as soon as you can.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="38"/>
        <source>Hoy, {date}, es el último día para usar {old}; después, el sistema quedará inactivo.</source>
        <translation>Today, {date}, is the last day to use {old}; after that, the system becomes inactive.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="42"/>
        <source>Te queda 1 día: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>1 day left: you can keep using {old} until {date}; after that, the system becomes inactive.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="47"/>
        <source>Te quedan {days} días: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>{days} days left: you can keep using {old} until {date}; after that, the system becomes inactive.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="56"/>
        <source>{old} funciona hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>{old} works until {date}; after that, the system will stop working.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="67"/>
        <source>{old} podía usarse hasta el {date}: activa la nueva versión cuanto antes.</source>
        <translation>{old} could be used until {date}: activate the new version as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/deadline.py" line="70"/>
        <source>{old} podía usarse hasta el {date}: instala y activa la nueva versión cuanto antes.</source>
        <translation>{old} could be used until {date}: install and activate the new version as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="23"/>
        <source>No se encontró la dirección del portal de Aspel. Revisa tu conexión a internet; si usas un proxy o una red de oficina, pide ayuda a tu área de sistemas.</source>
        <translation>The Aspel portal’s address could not be found. Check your internet connection; on a proxy or an office network, ask your IT department for help.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="26"/>
        <source>El portal de Aspel no aceptó la conexión. Revisa tu conexión a internet e inténtalo de nuevo en unos minutos.</source>
        <translation>The Aspel portal refused the connection. Check your internet connection and try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="28"/>
        <source>No se pudo verificar el certificado de seguridad del portal de Aspel. La conexión se detuvo para proteger tus datos. Si estás en una red de oficina, pide ayuda a tu área de sistemas.</source>
        <translation>The Aspel portal’s security certificate could not be verified. The connection was stopped to protect your data. On an office network, ask your IT department for help.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="31"/>
        <source>No se pudo conectar a través del proxy de tu red. Revisa la dirección del proxy o pide ayuda a tu área de sistemas.</source>
        <translation>Could not connect through your network’s proxy. Check the proxy address or ask your IT department for help.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="33"/>
        <source>El proxy de tu red pide usuario y contraseña. Pide a tu área de sistemas que configure el proxy para este programa.</source>
        <translation>Your network’s proxy asks for a user name and password. Ask your IT department to set up the proxy for this program.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="38"/>
        <source>No se pudo conectar con el portal de Aspel. Revisa tu conexión a internet e inténtalo de nuevo.</source>
        <translation>Could not connect to the Aspel portal. Check your internet connection and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="46"/>
        <source>está vacía</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="53"/>
        <source>no dice el nombre del servidor (por ejemplo https://portal.ejemplo.com)</source>
        <translation>does not name the server (for example https://portal.example.com)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="55"/>
        <source>tiene un puerto no válido (debe ser un número del 1 al 65535)</source>
        <translation>has an invalid port (it must be a number from 1 to 65535)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="61"/>
        <source>no es válida</source>
        <translation>is not valid</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="85"/>
        <source>Este sistema ya está en la versión más reciente.</source>
        <translation>This system is already on the latest version.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="87"/>
        <source>Este sistema no se puede actualizar desde aquí.</source>
        <translation>This system cannot be upgraded from here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="94"/>
        <source>Se hicieron demasiados intentos seguidos. Espera {seconds} segundos y vuelve a intentarlo.</source>
        <translation>Too many attempts in a row. Wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="101"/>
        <source>Tu cuenta quedó bloqueada por varios intentos fallidos. Podrás volver a intentarlo después de las {time} del {date}, o usa «¿Olvidaste tu contraseña?».</source>
        <translation>Your account was locked after several failed attempts. You can try again after {time} on {date}, or use “Forgot your password?”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="105"/>
        <source>Tu cuenta quedó bloqueada por varios intentos fallidos. Espera unos minutos o usa «¿Olvidaste tu contraseña?».</source>
        <translation>Your account was locked after several failed attempts. Wait a few minutes or use “Forgot your password?”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="110"/>
        <source>El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.</source>
        <translation>The user name or password is not correct. Check them and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="113"/>
        <source>Tu sesión terminó. Vuelve a escribir tu contraseña para continuar.</source>
        <translation>Your session ended. Type your password again to continue.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="118"/>
        <source>Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos.</source>
        <translation>The terms and conditions changed. Read them again and accept them again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="123"/>
        <source>La clave de esta operación ya se usó para otra solicitud. Vuelve a empezar la actualización.</source>
        <translation>This operation’s key was already used for another request. Start the upgrade again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="126"/>
        <source>La descarga se interrumpió varias veces seguidas. Revisa tu conexión a internet y vuelve a intentarlo.</source>
        <translation>The download was interrupted several times in a row. Check your internet connection and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="130"/>
        <source>No encontramos ese dato en tu cuenta. Actualiza la lista e inténtalo de nuevo.</source>
        <translation>We could not find that in your account. Refresh the list and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="133"/>
        <source>El portal rechazó la solicitud. Revisa los datos e inténtalo de nuevo.</source>
        <translation>The portal rejected the request. Check the details and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="136"/>
        <source>El portal de Aspel no está disponible en este momento. Inténtalo de nuevo en {seconds} segundos.</source>
        <translation>The Aspel portal is not available right now. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="150"/>
        <source>No se puede guardar el avance de la actualización en la carpeta «{folder}»; hace falta para no perder el resultado si se corta la conexión. Revisa que la carpeta exista y que tengas permiso para escribir en ella, o pide ayuda a tu área de sistemas. No se envió nada al portal. Detalle técnico: {detail}</source>
        <translation>The upgrade’s progress cannot be saved in the folder “{folder}”; it is needed so that the result is not lost if the connection drops. Check that the folder exists and that you may write in it, or ask your IT department for help. Nothing was sent to the portal. Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="174"/>
        <source>La dirección del portal «{url}» {problem}.</source>
        <translation>The portal address “{url}” {problem}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="192"/>
        <source>El instalador de {what} se está descargando ahora en otra ventana de este asistente. Déjalo terminar allí; si cerraste esa ventana, elige su fila (dice «Ya actualizado»), pulsa «Siguiente» y luego «Descargar e instalar…».</source>
        <translation>The {what} installer is being downloaded right now in another window of this assistant. Let it finish there; if you closed that window, choose its row (it says “Already upgraded”), click “Next” and then “Download and install…”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="223"/>
        <source>No se pudo abrir el navegador. Copia esta dirección y ábrela en tu navegador: {url}</source>
        <translation>The browser could not be opened. Copy this address and open it in your browser: {url}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="251"/>
        <source>No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo: lo ya descargado se conserva.</source>
        <translation>There is not enough space in the folder “{folder}”: {needed} are needed and {free} are free. Free some space (for example, empty the recycle bin) and try again: what was already downloaded is kept.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="257"/>
        <source>No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo.</source>
        <translation>There is not enough space in the folder “{folder}”: {needed} are needed and {free} are free. Free some space (for example, empty the recycle bin) and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="263"/>
        <source>No hay espacio suficiente en la carpeta «{folder}»: el disco está lleno. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo: lo ya descargado se conserva.</source>
        <translation>There is not enough space in the folder “{folder}”: the disk is full. Free some space (for example, empty the recycle bin) and try again: what was already downloaded is kept.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="159"/>
        <source>El asistente se cerró porque el equipo o el programa que lo inició pidió terminarlo. Si no terminaste la actualización, vuelve a abrirlo.</source>
        <translation>The assistant closed because this computer or the program that started it asked it to end. If you did not finish the upgrade, open it again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="188"/>
        <source>La descarga del instalador de {what} quedó a medias. Para terminarla, elige su fila (dice «Ya actualizado»), pulsa «Siguiente» y luego «Descargar e instalar…»: continuará donde se quedó.</source>
        <translation>The download of the {what} installer was left unfinished. To finish it, choose its row (it says “Already upgraded”), click “Next” and then “Download and install…”: it will continue where it stopped.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="56"/>
        <source>no se puede escribir en la carpeta «{place}»: {what} (detalle técnico: {detail})</source>
        <translation>the folder “{place}” cannot be written: {what} (technical detail: {detail})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="58"/>
        <source>no se pudo guardar: {what} (detalle técnico: {detail})</source>
        <translation>it could not be saved: {what} (technical detail: {detail})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="78"/>
        <source>no es una carpeta</source>
        <translation>it is not a folder</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="233"/>
        <source>el disco está lleno</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="234"/>
        <source>la unidad es de solo lectura</source>
        <translation>the drive is read-only</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="235"/>
        <source>no tienes permiso para escribir ahí</source>
        <translation>you do not have permission to write there</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="236"/>
        <source>la carpeta no existe o la unidad no está disponible</source>
        <translation>the folder does not exist or the drive is not available</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="237"/>
        <source>hay una carpeta con ese nombre</source>
        <translation>there is a folder with that name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="238"/>
        <source>una parte de la ruta es un archivo, no una carpeta</source>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="239"/>
        <source>otro programa tiene abierto el archivo</source>
        <translation>another program has the file open</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="240"/>
        <source>ya hay algo con ese nombre</source>
        <translation>something with that name is already there</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="242"/>
        <source>el sistema no lo permitió</source>
        <translation>the system did not allow it</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="267"/>
        <source>No hay espacio suficiente en la carpeta «{folder}»: el disco está lleno. Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo.</source>
        <translation>There is not enough space in the folder “{folder}”: the disk is full. Free some space (for example, empty the recycle bin) and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="271"/>
        <source>No se pudo guardar el instalador en la carpeta «{folder}»: «{place}» está en medio ({what}). Muévelo o cámbiale el nombre y vuelve a intentarlo.</source>
        <translation>The installer could not be saved in the folder “{folder}”: “{place}” is in the way ({what}). Move or rename it and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="277"/>
        <source>No se pudo guardar el instalador en la carpeta «{folder}»: {what}. Revísala o pide ayuda a tu área de sistemas, y vuelve a intentarlo.</source>
        <translation>The installer could not be saved in the folder “{folder}”: {what}. Check the folder or ask your IT department for help, and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="30"/>
        <source>{system} {new}: el instalador ({size}) se descarga aquí mismo y se comprueba antes de usarlo.</source>
        <translation>{system} {new}: the installer ({size}) is downloaded right here and checked before use.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="35"/>
        <source>{system} {new}: la descarga desde este asistente no está disponible.</source>
        <translation>{system} {new}: downloading from this assistant is not available.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="50"/>
        <source>A&amp;brir descarga</source>
        <translation>Open do&amp;wnload</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="54"/>
        <source>Abrir la página de descarga de Aspel en el navegador</source>
        <translation>Open Aspel’s download page in the browser</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="58"/>
        <source>Se guardó en:</source>
        <translation>Saved to:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="58"/>
        <source>Se guarda en:</source>
        <translation>Saving to:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="62"/>
        <source>Carpeta y nombre del instalador</source>
        <translation>Folder and name of the installer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="66"/>
        <source>Avance de la descarga</source>
        <translation>Download progress</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="71"/>
        <source>&amp;Reanudar</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="74"/>
        <source>Descar&amp;gar</source>
        <translation>Down&amp;load</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="78"/>
        <source>&amp;Pausar</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="82"/>
        <source>Ca&amp;ncelar descarga</source>
        <translation>Ca&amp;ncel download</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="89"/>
        <source>Continuando la descarga anterior desde {done}.</source>
        <translation>Continuing the earlier download from {done}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="102"/>
        <source>queda menos de un segundo</source>
        <translation>less than a second left</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="104"/>
        <source>quedan {s} s</source>
        <translation>{s} s left</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="106"/>
        <source>quedan {m} min {s} s</source>
        <translation>{m} min {s} s left</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="107"/>
        <source>quedan {h} h {m} min</source>
        <translation>{h} h {m} min left</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="121"/>
        <source>{done} de {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="123"/>
        <source>{figures}, en la otra ventana</source>
        <translation>{figures}, in the other window</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="125"/>
        <source>Comprobando lo ya descargado… {figures}</source>
        <translation>Checking what was already downloaded… {figures}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="129"/>
        <source>{amount} · {speed}</source>
        <translation>{amount} · {speed}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="130"/>
        <source>{amount} · {speed} · {left}</source>
        <translation>{amount} · {speed} · {left}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="137"/>
        <source>Este instalador se está descargando en otra ventana del asistente: esta espera a que termine (hasta 10 minutos) y después lo comprueba. No hace falta que hagas nada.</source>
        <translation>This installer is being downloaded in another window of the assistant: this one waits for it to finish (up to 10 minutes) and then checks it. You do not need to do anything.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="143"/>
        <source>Descarga en pausa. Lo que ya se descargó se guardó: pulsa «Reanudar» (hoy o la próxima vez que abras el asistente) para continuar donde se quedó.</source>
        <translation>Download paused. What was already downloaded is kept: press “Resume” (today or the next time you open the assistant) to continue where it stopped.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="149"/>
        <source>La descarga del instalador quedó en pausa al volver a esta página. Lo que ya se descargó se guardó: pulsa «{button}» para continuar donde se quedó.</source>
        <translation>The installer&apos;s download was paused when you came back to this page. What has arrived is kept: click “{button}” to continue where it stopped.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="163"/>
        <source>El instalador descargado no coincide con lo que publicó el portal (pudo dañarse en el camino), así que se borró.</source>
        <translation>The downloaded installer does not match what the portal published (it may have been damaged on the way), so it was deleted.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="175"/>
        <source>El portal ya no reconoce este enlace de descarga. Vuelve a intentarlo; si se repite, descarga el instalador desde la página de Aspel: {url}</source>
        <translation>The portal no longer recognises this download link. Try again; if it happens again, download the installer from Aspel’s page: {url}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="187"/>
        <source>{failure} Pulsa «Reintentar» para descargarlo de nuevo.</source>
        <translation>{failure} Click “Try again” to download it again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="195"/>
        <source>No se terminó de descargar el instalador. Lo que ya se descargó se guardó: al volver a intentarlo, la descarga continuará donde se quedó.</source>
        <translation>The installer was not downloaded completely. What was already downloaded is kept: when you try again, the download will continue where it stopped.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="198"/>
        <source>No se terminó de descargar el instalador.</source>
        <translation>The installer was not downloaded completely.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="200"/>
        <source>No se terminó de descargar el instalador. {reason} Lo que ya se descargó se guardó: al volver a intentarlo, la descarga continuará donde se quedó.</source>
        <translation>The installer was not downloaded completely. {reason} What was already downloaded is kept: when you try again, the download will continue where it stopped.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="203"/>
        <source>No se terminó de descargar el instalador. {reason}</source>
        <translation>The installer was not downloaded completely. {reason}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="208"/>
        <source>El instalador se está descargando en otra ventana de este asistente. Espera a que termine ahí (o ciérrala) y vuelve a intentarlo.</source>
        <translation>The installer is being downloaded in another window of this assistant. Wait for it to finish there (or close it) and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="216"/>
        <source>¿Cancelar la descarga?</source>
        <translation>Cancel the download?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="220"/>
        <source>Se borrará lo que ya se descargó y la próxima descarga empezará desde cero. Si solo quieres detenerla por ahora, usa «Pausar»: así continuará donde se quedó.</source>
        <translation>What was already downloaded will be deleted and the next download will start from zero. If you only want to stop it for now, use “Pause”: it will then continue where it stopped.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="226"/>
        <source>&amp;Borrar y cancelar</source>
        <translation>&amp;Delete and cancel</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="230"/>
        <source>&amp;Seguir descargando</source>
        <translation>&amp;Keep downloading</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="230"/>
        <source>&amp;Conservar</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="235"/>
        <source>Descarga cancelada: se borró lo que se había descargado. Si pulsas «Descargar», empezará desde cero.</source>
        <translation>Download cancelled: what had been downloaded was deleted. If you press “Download”, it will start from zero.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="242"/>
        <source>No se pudo borrar «{part}». Ciérralo si está abierto en otro programa y vuelve a pulsar «Cancelar descarga», o bórralo desde el Explorador de archivos.</source>
        <translation>“{part}” could not be deleted. Close it if another program has it open and press “Cancel download” again, or delete it from File Explorer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="251"/>
        <source>Verificado</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="260"/>
        <source>Mientras se descargaba, el portal publicó una versión más reciente del instalador, así que la descarga empezó de nuevo con esa.</source>
        <translation>While it was downloading, the portal published a newer build of the installer, so the download started again with that one.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="263"/>
        <source>La descarga que había quedado a medias ya no servía, así que empezó de nuevo.</source>
        <translation>The half-finished download could no longer be used, so it started again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="266"/>
        <source>Cuando hayas copiado o anotado el número de serie y la razón social, pulsa «Finalizar»: la instalación que abrió este asistente continuará.</source>
        <translation>Once you have copied or written down the serial number and the company name, press “Finish”: the installation that opened this assistant will carry on.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="273"/>
        <source>El instalador está completo: su tamaño ({size}) y su huella SHA-256 coinciden con lo que publicó el portal.</source>
        <translation>The installer is complete: its size ({size}) and its SHA-256 hash match what the portal published.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="278"/>
        <source>Huella SHA-256 (la misma que da Get-FileHash):</source>
        <translation>SHA-256 hash (the same as Get-FileHash gives):</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="282"/>
        <source>Huella SHA-256 del instalador</source>
        <translation>SHA-256 fingerprint of the installer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="286"/>
        <source>Copiar &amp;huella</source>
        <translation>Copy &amp;hash</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="290"/>
        <source>Copiar huella SHA-256 del instalador</source>
        <translation>Copy hash (the installer&apos;s SHA-256)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="295"/>
        <source>C&amp;opiar serie</source>
        <translation>C&amp;opy serial</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="300"/>
        <source>Copiar serie (el nuevo número de serie)</source>
        <translation>Copy serial (the new serial number)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="304"/>
        <source>&amp;Ejecutar instalador</source>
        <translation>R&amp;un installer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="308"/>
        <source>Abrir &amp;carpeta</source>
        <translation>Op&amp;en folder</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="317"/>
        <source>En la carpeta ya hay una carpeta llamada «{name}», así que el instalador se guardó como «{saved}».</source>
        <translation>The folder already holds a folder named “{name}”, so the installer was saved as “{saved}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="320"/>
        <source>Ya había un archivo «{name}» que no se puede reemplazar (puede estar abierto o ejecutándose), así que el instalador se guardó como «{saved}».</source>
        <translation>There was already a file “{name}” that cannot be replaced (it may be open or running), so the installer was saved as “{saved}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="323"/>
        <source>Ya había algo llamado «{name}» (por ejemplo, un acceso directo), así que el instalador se guardó como «{saved}».</source>
        <translation>There was already something named “{name}” (for example, a shortcut), so the installer was saved as “{saved}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="332"/>
        <source>Comprobando la firma digital del instalador…</source>
        <translation>Checking the installer’s digital signature…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="339"/>
        <source>La firma digital del instalador se comprueba en Windows, al ejecutarlo desde aquí.</source>
        <translation>The installer&apos;s digital signature is checked on Windows, when you run it from here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="341"/>
        <source>La firma digital del instalador se comprueba en Windows, al ejecutarlo desde aquí (editor esperado: {expected}).</source>
        <translation>The installer’s digital signature is checked on Windows, when it is run from here (expected publisher: {expected}).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="345"/>
        <source>Firma digital comprobada por Windows: el editor es «{publisher}».</source>
        <translation>Digital signature checked by Windows: the publisher is “{publisher}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="348"/>
        <source>Firma digital comprobada por Windows: el editor es «{publisher}», el esperado.</source>
        <translation>Digital signature checked by Windows: the publisher is “{publisher}”, as expected.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="356"/>
        <source>El instalador está firmado por «{publisher}», no por {expected} (el editor esperado). Por seguridad, este asistente no lo ejecutará.</source>
        <translation>The installer is signed by “{publisher}”, not by {expected} (the expected publisher). For your safety, this assistant will not run it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="359"/>
        <source>El instalador no tiene firma digital, así que no se puede saber si es de {expected}. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>The installer has no digital signature, so there is no telling whether it comes from {expected}. For your safety, this assistant will not run it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="361"/>
        <source>El instalador no tiene firma digital, así que no se puede saber quién lo publicó. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>The installer has no digital signature, so there is no way to know who published it. For your safety, this assistant will not run it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="364"/>
        <source>El instalador cambió después de que lo firmaron, así que no es el que publicó {expected}. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>The installer changed after it was signed, so it is not the one {expected} published. For your safety, this assistant will not run it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="367"/>
        <source>El instalador cambió después de que lo firmaron, así que no es el que se publicó. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>The installer changed after it was signed, so it is not the one that was published. For your safety, this assistant will not run it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="372"/>
        <source>Windows no confía en la firma digital del instalador, así que no se puede saber si es de {expected}. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>Windows does not trust the installer’s digital signature, so there is no telling whether it comes from {expected}. For your safety, this assistant will not run it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="377"/>
        <source>Windows no confía en la firma digital del instalador, así que no se puede saber quién lo publicó. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>Windows does not trust the installer’s digital signature, so there is no way to know who published it. For your safety, this assistant will not run it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="384"/>
        <source>No se pudo comprobar la firma digital del instalador, así que no se puede saber si es de {expected}. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>The installer’s digital signature could not be checked, so there is no telling whether it comes from {expected}. For your safety, this assistant will not run it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="389"/>
        <source>No se pudo comprobar la firma digital del instalador, así que no se puede saber quién lo publicó. Por seguridad, este asistente no lo ejecutará.</source>
        <translation>The installer’s digital signature could not be checked, so there is no way to know who published it. For your safety, this assistant will not run it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="403"/>
        <source>Los datos de {old} están en este equipo: instala {new} aquí, en este equipo.</source>
        <translation>The {old} data is on this computer: install {new} here, on this computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="407"/>
        <source>{old} está instalado en este equipo, pero sus datos no están aquí. Copia el instalador (con «Abrir carpeta»; por ejemplo, a una memoria USB o a una carpeta compartida) al equipo donde están los datos (el Servidor: {meaning}) e instálalo allí.</source>
        <translation>{old} is installed on this computer, but its data is not here. Copy the installer (with “Open folder”; for example to a USB stick or a shared folder) to the computer that holds the data (the Server: {meaning}) and install it there.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="413"/>
        <source>No encontramos {old} en este equipo. Copia el instalador (con «Abrir carpeta»; por ejemplo, a una memoria USB o a una carpeta compartida) al equipo donde están los datos de {old} (el Servidor: {meaning}) e instálalo allí.</source>
        <translation>We did not find {old} on this computer. Copy the installer (with “Open folder”; for example to a USB stick or a shared folder) to the computer that holds the {old} data (the Server: {meaning}) and install it there.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="417"/>
        <source>Instálalo en el equipo donde están los datos de {old} (el Servidor: {meaning}).</source>
        <translation>Install it on the computer that holds the {old} data (the Server: {meaning}).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="422"/>
        <source>Qué sigue</source>
        <translation>What comes next</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="431"/>
        <source>No ejecutes este archivo (arriba dice por qué). Descarga el instalador de {new} desde el centro de descargas de Aspel.</source>
        <translation>Do not run this file (the reason is above). Download the {new} installer from the Aspel download centre.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="434"/>
        <source>En el Servidor, abre con doble clic el instalador que copiaste y sigue sus pasos.</source>
        <translation>On the Servidor, double-click the installer you copied and follow its steps.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="437"/>
        <source>«Ejecutar instalador» instala {new}. Sigue sus pasos.</source>
        <translation>“Run installer” installs {new}. Follow its steps.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="440"/>
        <source>Al terminar, el asistente de activación te pedirá el número de serie y la razón social que aparecen abajo: escríbelos exactamente así.</source>
        <translation>When it finishes, the activation assistant will ask for the serial number and the company name shown below: type them exactly like this.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="447"/>
        <source>Comprobando el instalador y este equipo…</source>
        <translation>Checking the installer and this computer…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="451"/>
        <source>No se pudo comprobar el instalador antes de ejecutarlo. Pulsa «Abrir carpeta» y ábrelo con doble clic; Windows te mostrará quién lo firmó.</source>
        <translation>The installer could not be checked before running it. Press “Open folder” and double-click it; Windows will show you who signed it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="457"/>
        <source>El archivo «{name}» ya no es el instalador que se verificó (se borró, se movió o cambió desde entonces), así que no se ejecutó. Pulsa «Descargar» para bajarlo y comprobarlo de nuevo.</source>
        <translation>The file “{name}” is no longer the installer that was verified (it was deleted, moved or changed since then), so it was not run. Click “Download” to download it and check it again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="463"/>
        <source>{old} está abierto</source>
        <translation>{old} is open</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="469"/>
        <source>{old} sigue abierto en este equipo. Ciérralo (y pide a quien lo use en red que también lo cierre) antes de instalar {new}: el instalador puede fallar o pedir reiniciar si sigue abierto.</source>
        <translation>{old} is still open on this computer. Close it (and ask anyone using it over the network to close it too) before installing {new}: the installer may fail or ask for a restart if it stays open.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="473"/>
        <source>{old} está abierto en este equipo. Ciérralo (y pide a quien lo use en red que también lo cierre) antes de instalar {new}: el instalador puede fallar o pedir reiniciar si sigue abierto.</source>
        <translation>{old} is open on this computer. Close it (and ask anyone using it over the network to close it too) before installing {new}: the installer may fail or ask for a restart if it stays open.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="480"/>
        <source>&amp;Ya lo cerré, continuar</source>
        <translation>&amp;I closed it, continue</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="484"/>
        <source>Ejecutar de &amp;todos modos</source>
        <translation>Run &amp;anyway</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="488"/>
        <source>Se abrió el instalador de {system} {new}. Al terminar, el asistente de activación te pedirá el número de serie {serial} y la razón social «{razon}».</source>
        <translation>The {system} {new} installer was opened. When it finishes, the activation assistant will ask for the serial number {serial} and the company name “{razon}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="494"/>
        <source>Windows no pudo abrir el instalador «{path}». Pulsa «Abrir carpeta» y ábrelo con doble clic.</source>
        <translation>Windows could not open the installer “{path}”. Press “Open folder” and double-click it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="500"/>
        <source>No se pudo abrir la carpeta «{folder}». Ábrela desde el Explorador de archivos (la ruta completa está arriba, en «Se guardó en»).</source>
        <translation>The folder “{folder}” could not be opened. Open it from File Explorer (the full path is above, under “Saved to”).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="239"/>
        <source>No se borró nada: el instalador se está descargando en otra ventana de este asistente. Cancela la descarga en esa ventana, o espera a que termine.</source>
        <translation>Nothing was deleted: the installer is being downloaded in another window of this assistant. Cancel the download in that window, or wait for it to finish.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="183"/>
        <source>La actualización que quedó pendiente ({what}) no se completó. {reason} Si todavía la necesitas, vuelve a hacerla desde aquí.</source>
        <translation>The pending upgrade ({what}) was not completed. {reason} If you still need it, do it again from here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/dates.py" line="20"/>
        <source>dd/MM/yyyy</source>
        <translation>d&#xa0;MMM&#xa0;yyyy</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="21"/>
        <source>Parece que este equipo no tiene conexión a internet. Revisa el cable o la red inalámbrica y vuelve a intentarlo.</source>
        <translation>This computer does not seem to be connected to the internet. Check the cable or the wireless network and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="51"/>
        <source>no es segura: debe empezar con https:// (http:// solo se permite en este mismo equipo)</source>
        <translation>is not secure: it must start with https:// (http:// is allowed only on this same computer)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="69"/>
        <source>Este sistema es una licencia de pago único: para pasar a la nueva versión hay que comprarla. Aquí solo se actualizan los sistemas en suscripción (renta mensual, semestral o anual).</source>
        <translation>This system is a one-time licence: moving to the new version requires buying it. Only subscription systems (monthly, semiannual or annual rental) can be upgraded here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="74"/>
        <source>Este sistema está inactivo. Reactívalo desde Mi cuenta Aspel o con tu distribuidor antes de actualizarlo.</source>
        <translation>This system is inactive. Reactivate it in Mi cuenta Aspel or with your reseller before upgrading it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="78"/>
        <source>Este sistema tiene un pago pendiente. Cuando el pago esté al corriente podrás actualizarlo aquí.</source>
        <translation>This system has a payment due. Once it is paid up you can upgrade it here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="82"/>
        <source>Este sistema ya se actualizó. Su nuevo número de serie está en el correo que recibiste y en Mi cuenta Aspel.</source>
        <translation>This system was already upgraded. Its new serial number is in the e-mail you received and in Mi cuenta Aspel.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="196"/>
        <source>También quedó pendiente de ver el resultado de: {what}. Elige su fila (dice «Ya actualizado») y pulsa «Siguiente» para verlo.</source>
        <translation>The result of these is also still waiting to be seen: {what}. Choose its row (it says “Already upgraded”) and click “Next” to see it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="204"/>
        <source>{sentence} Detalle técnico: {detail}</source>
        <translation>{sentence} Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="89"/>
        <source>No está configurada la dirección del portal de Aspel. Pide a tu área de sistemas que la configure (archivo de configuración del equipo) o inicia con --portal-url.</source>
        <translation>The Aspel portal’s address is not configured. Ask your IT department to configure it (this computer’s settings file) or start with --portal-url.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="96"/>
        <source>La dirección del portal {url} del archivo de configuración {file} {problem}. Pide a tu área de sistemas que la corrija o inicia con --portal-url.</source>
        <translation>The portal address {url} in the settings file {file} {problem}. Ask your IT department to correct it or start with --portal-url.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="103"/>
        <source>El portal de pruebas (--sandbox) no viene en esta instalación.</source>
        <translation>The test portal (--sandbox) is not part of this installation.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="13"/>
        <source>Diagnóstico de aspel-upgrade</source>
        <translation>aspel-upgrade diagnostics</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="14"/>
        <source>Sistema operativo</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="15"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="16"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="17"/>
        <source>Carpeta de registros</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="19"/>
        <source>FALLA</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="20"/>
        <source>ninguno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="21"/>
        <source>(del sistema)</source>
        <translation>(the system&apos;s)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="22"/>
        <source>conectado a {address}</source>
        <translation>connected to {address}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="23"/>
        <source>conectado al proxy {address}</source>
        <translation>connected to the proxy {address}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="24"/>
        <source>{version}, certificado emitido por: {issuer}</source>
        <translation>{version}, certificate issued by: {issuer}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="25"/>
        <source>{status}, contrato {version} ({portal})</source>
        <translation>{status}, contract {version} ({portal})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="26"/>
        <source>Sistemas Aspel en este equipo:</source>
        <translation>Aspel systems on this computer:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="27"/>
        <source>ninguno encontrado</source>
        <translation>none found</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="28"/>
        <source>no se pudo revisar</source>
        <translation>could not be checked</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="29"/>
        <source>programa en {folder}</source>
        <translation>program in {folder}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="30"/>
        <source>sin programa</source>
        <translation>no program</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="31"/>
        <source>datos en {folder} ({count} empresa)</source>
        <translation>data in {folder} ({count} company)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="32"/>
        <source>datos en {folder} ({count} empresas)</source>
        <translation>data in {folder} ({count} companies)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="33"/>
        <source>solo en el registro de Windows</source>
        <translation>only in the Windows registry</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="35"/>
        <source>cerrado</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="36"/>
        <source>¿Está listo este equipo para la nueva versión?</source>
        <translation>Is this computer ready for the new version?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="37"/>
        <source>Resultado: el portal respondió.</source>
        <translation>Result: the portal answered.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="38"/>
        <source>Resultado: el portal NO respondió. Revisa las fallas de arriba.</source>
        <translation>Result: the portal did NOT answer. Check the failures above.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="44"/>
        <source>El portal no respondió al diagnóstico.</source>
        <translation>The portal did not answer the diagnostics.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="53"/>
        <source>Resultado del diagnóstico</source>
        <translation>Diagnostics result</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="57"/>
        <source>&amp;Repetir</source>
        <translation>&amp;Run again</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="61"/>
        <source>&amp;Exportar paquete de soporte…</source>
        <translation>&amp;Export support bundle…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="65"/>
        <source>Cerr&amp;ar</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="69"/>
        <source>Revisando la conexión…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="77"/>
        <source>Archivo ZIP (*.zip)</source>
        <translation>ZIP file (*.zip)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="82"/>
        <source>soporte-aspel-upgrade-{stamp}.zip</source>
        <translation>support-aspel-upgrade-{stamp}.zip</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="86"/>
        <source>No se pudo guardar el paquete ({reason}). Elige otra carpeta.</source>
        <translation>The bundle could not be saved ({reason}). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="90"/>
        <source>Paquete guardado en «{path}».</source>
        <translation>Bundle saved to “{path}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="209"/>
        <source>Se envió la confirmación, pero no se recibió la respuesta del portal. La próxima vez que abras el asistente verás el resultado; no se generará un segundo número de serie.</source>
        <translation>The confirmation was sent, but the portal’s answer was not received. The next time you open the assistant you will see the result; no second serial number will be issued.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/download.py" line="43"/>
        <source>No se puede descargar el instalador desde este asistente: el portal no envió los datos que hacen falta para descargarlo y comprobarlo aquí. Tu nuevo número de serie sí quedó registrado. Descarga el instalador desde la página de Aspel: {url}</source>
        <translation>The installer cannot be downloaded from this assistant: the portal did not send what is needed to download and check it here. Your new serial number was registered all the same. Download the installer from Aspel&apos;s page: {url}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="216"/>
        <source>El portal envió esta dirección: «{url}». No la abrimos porque no es segura: no usa https (una conexión cifrada) o no es una dirección web normal. Si la reconoces, cópiala y ábrela tú en el navegador; si no, no la uses y consulta a soporte de Aspel.</source>
        <translation>The portal sent this address: “{url}”. We did not open it because it is not safe: it does not use https (an encrypted connection) or it is not an ordinary web address. If you recognise it, copy it and open it in your browser yourself; if not, do not use it and contact Aspel support.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="21"/>
        <source>--portal-url: {problem}</source>
        <translation>--portal-url: {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="23"/>
        <source>--proxy: la dirección «{url}» {problem}</source>
        <translation>--proxy: the address “{url}” {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="27"/>
        <source>--ca-bundle: «{path}» {problem}</source>
        <translation>--ca-bundle: “{path}” {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="31"/>
        <source>--system {system} no es un sistema conocido ({known})</source>
        <translation>--system {system} is not a known system ({known})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="35"/>
        <source>--download-dir solo tiene sentido junto con --download</source>
        <translation>--download-dir only makes sense together with --download</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="37"/>
        <source>--download-dir: {path} no es una carpeta</source>
        <translation>--download-dir: {path} is not a folder</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="96"/>
        <source>Usa --help para ver las opciones.</source>
        <translation>Use --help to see the options.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="68"/>
        <source>la ruta está vacía</source>
        <translation>the path is empty</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="52"/>
        <source>es una carpeta, no un archivo</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="15"/>
        <source>Asistente para actualizar el número de serie de tu sistema Aspel.</source>
        <translation>Assistant to upgrade the serial number of your Aspel system.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="19"/>
        <source>Códigos de salida: 0 actualizado (o se mostró una actualización existente; con --check, nada lo impide), 1 cancelado, 2 falló, 3 nada que actualizar, 4 resultado desconocido (se envió la confirmación, pero no llegó la respuesta), 5 con --check, algo en este equipo impide instalar la nueva versión, 64 línea de comandos incorrecta, 73 no se puede escribir el archivo de resultado o la carpeta del instalador.</source>
        <translation>Exit codes: 0 upgraded (or an existing upgrade was shown; with --check, nothing stands in the way), 1 cancelled, 2 failed, 3 nothing to upgrade, 4 outcome unknown (the confirmation was sent, but its answer did not arrive), 5 with --check, something on this computer stands in the way of installing the new version, 64 bad command line, 73 the result file or the installer folder cannot be written.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="30"/>
        <source>usar un portal de pruebas local (demostración)</source>
        <translation>use a local test portal (demonstration)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="31"/>
        <source>dirección del portal (https://…)</source>
        <translation>the portal’s address (https://…)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="32"/>
        <source>sistema a actualizar, p. ej. SAE</source>
        <translation>system to upgrade, e.g. SAE</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="33"/>
        <source>número de serie a actualizar</source>
        <translation>serial number to upgrade</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="34"/>
        <source>usuario de Mi cuenta Aspel</source>
        <translation>Mi cuenta Aspel user name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="35"/>
        <source>escribir el resultado (JSON) aquí</source>
        <translation>write the result (JSON) here</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="36"/>
        <source>idioma: es (predeterminado) o en</source>
        <translation>language: es (default) or en</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="37"/>
        <source>proxy HTTP(S), p. ej. http://proxy:8080</source>
        <translation>HTTP(S) proxy, e.g. http://proxy:8080</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="38"/>
        <source>certificados adicionales (PEM)</source>
        <translation>additional certificates (PEM)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="39"/>
        <source>revisar la conexión sin abrir ventanas</source>
        <translation>check the connection without opening a window</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="40"/>
        <source>revisar si este equipo está listo para la nueva versión (sin ventanas ni contraseña; con --system, solo ese sistema); sale con 5 si algo lo impide</source>
        <translation>check whether this computer is ready for the new version (no windows, no password; with --system, that system only); exits with 5 if something stands in the way</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="43"/>
        <source>después de actualizar (o si ya estaba actualizado), descargar y verificar el instalador sin preguntar; si no queda verificado, sale con 2</source>
        <translation>after upgrading (or if it was already upgraded), download and verify the installer without asking; if it is not verified, exit with 2</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="46"/>
        <source>carpeta del instalador (con --download)</source>
        <translation>the installer’s folder (with --download)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="47"/>
        <source>mostrar la versión y salir</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="54"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="56"/>
        <source>SERIE</source>
        <translation>SERIAL</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="58"/>
        <source>RUTA</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="66"/>
        <source>uso: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="67"/>
        <source>opciones</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="68"/>
        <source>argumentos</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="69"/>
        <source>mostrar esta ayuda y salir</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="71"/>
        <source>%(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="72"/>
        <source>opciones no reconocidas: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="73"/>
        <source>falta su valor</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="74"/>
        <source>admite a lo más un valor</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="75"/>
        <source>necesita al menos un valor</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="77"/>
        <source>valor no válido: %(value)r (elige entre %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="79"/>
        <source>no se puede usar junto con %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="80"/>
        <source>faltan estas opciones: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="81"/>
        <source>no admite el valor %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="83"/>
        <source>opción ambigua: %(option)s puede ser %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="85"/>
        <source>valor no válido: %(value)r</source>
        <translation>invalid value: %(value)r</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="86"/>
        <source>falta una de estas opciones: %s</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="92"/>
        <source>necesita %s valor</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli.py" line="92"/>
        <source>necesita %s valores</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="39"/>
        <source>--download-dir: {problem}</source>
        <translation>--download-dir: {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="45"/>
        <source>aspel-upgrade: {sentence}</source>
        <translation>aspel-upgrade: {sentence}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="53"/>
        <source>no es un archivo normal</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="72"/>
        <source>«{place}» es un archivo, no una carpeta</source>
        <translation>“{place}” is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="83"/>
        <source>--download: no se puede guardar el instalador en la carpeta «{folder}»: {why}.</source>
        <translation>--download: the installer cannot be saved in the folder “{folder}”: {why}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/cli_errors.py" line="61"/>
        <source>no se puede escribir el archivo de resultado «{file}»: {why}</source>
        <translation>the result file “{file}” cannot be written: {why}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="139"/>
        <source>El portal de Aspel no está disponible en este momento. Inténtalo más tarde.</source>
        <translation>The Aspel portal is not available right now. Try again later.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="144"/>
        <source>El portal de Aspel tardó demasiado en responder. Revisa tu conexión e inténtalo de nuevo.</source>
        <translation>The Aspel portal took too long to answer. Check your connection and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="147"/>
        <source>El portal de Aspel respondió algo que no esperábamos. Inténtalo de nuevo más tarde; si se repite, usa «Diagnóstico» y contacta a soporte.</source>
        <translation>The Aspel portal answered something unexpected. Try again later; if it happens again, use “Diagnostics” and contact support.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="168"/>
        <source>Ocurrió un error inesperado. Vuelve a intentarlo; si se repite, copia el reporte y envíalo a soporte.</source>
        <translation>An unexpected error occurred. Try again; if it happens again, copy the report and send it to support.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="11"/>
        <source>{caption}:</source>
        <translation>{caption}:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="16"/>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="20"/>
        <source>Sistema</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="24"/>
        <source>Nuevo número de serie</source>
        <translation>New serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="28"/>
        <source>Número de serie anterior</source>
        <translation>Previous serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="32"/>
        <source>Razón social para activar</source>
        <translation>Company name (razón social) for activation</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="36"/>
        <source>Periodicidad de renta</source>
        <translation>Rental period</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="40"/>
        <source>Plazo de la versión anterior</source>
        <translation>Deadline for the previous version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="44"/>
        <source>Enlace de descarga</source>
        <translation>Download link</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="48"/>
        <source>Aviso enviado a</source>
        <translation>Notice sent to</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="52"/>
        <source>Folio de la actualización</source>
        <translation>Upgrade reference</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/fields.py" line="56"/>
        <source>Fecha de emisión</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/receipt.py" line="16"/>
        <source>Comprobante de actualización de número de serie</source>
        <translation>Serial number upgrade receipt</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/receipt.py" line="21"/>
        <source>Comprobante de actualización {upgrade}</source>
        <translation>Upgrade receipt {upgrade}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/receipt.py" line="26"/>
        <source>el archivo quedó vacío</source>
        <translation>the file came out empty</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="27"/>
        <source>En este equipo</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="119"/>
        <source>Siguientes pasos</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="15"/>
        <source>Sistemas en suscripción</source>
        <translation>Systems under subscription</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="19"/>
        <source>Elige el sistema que quieres actualizar. Solo se pueden elegir los que dicen «Actualizar a…»; en los demás verás por qué no.</source>
        <translation>Choose the system you want to upgrade. Only those saying “Upgrade to…” can be chosen; the others say why not.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="24"/>
        <source>Sistemas de tu cuenta</source>
        <translation>Your account’s systems</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="28"/>
        <source>Actualizar &amp;lista</source>
        <translation>&amp;Refresh list</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="32"/>
        <source>Actualizar lista de sistemas</source>
        <translation>Refresh list of systems</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="36"/>
        <source>Consultando tus sistemas…</source>
        <translation>Looking up your systems…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="40"/>
        <source>Consultando los datos de la actualización…</source>
        <translation>Getting the upgrade&apos;s details…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="45"/>
        <source>No encontramos un único sistema que se pueda actualizar con los datos recibidos del instalador ({wanted}). Elige en la lista el que quieres actualizar.</source>
        <translation>We did not find exactly one upgradable system matching the installer’s details ({wanted}). Choose the one you want to upgrade from the list.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="54"/>
        <source>Tu cuenta no tiene sistemas registrados. Si compraste uno recientemente, espera unos minutos y pulsa «Actualizar lista».</source>
        <translation>Your account has no registered systems. If you bought one recently, wait a few minutes and click “Refresh list”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="57"/>
        <source>Ninguno de tus sistemas se puede actualizar desde aquí. Selecciona uno en la lista para ver por qué.</source>
        <translation>None of your systems can be upgraded from here. Select one in the list to see why.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="66"/>
        <source>{name} se puede actualizar a la versión {version}. Pulsa «Siguiente» para leer los términos.</source>
        <translation>{name} can be upgraded to version {version}. Click “Next” to read the terms.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="69"/>
        <source>{name} se puede actualizar a la versión {version}. Para elegirlo, haz clic en su fila o pulsa la barra espaciadora; luego, «Siguiente».</source>
        <translation>{name} can be upgraded to version {version}. To choose it, click its row or press the space bar; then “Next”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="72"/>
        <source>{name} ya se actualizó a la versión {version}. Pulsa «Siguiente» para ver su nuevo número de serie, el enlace de descarga y la razón social.</source>
        <translation>{name} was already upgraded to version {version}. Click “Next” to see its new serial number, the download link and the company name.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="76"/>
        <source>{name} ya se actualizó a la versión {version}. Para ver su nuevo número de serie, elige su fila (clic o barra espaciadora) y pulsa «Siguiente».</source>
        <translation>{name} was already upgraded to version {version}. To see its new serial number, choose its row (click or space bar) and click “Next”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="85"/>
        <source>Ver sus datos y descargar el instalador</source>
        <translation>See its details and download the installer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="89"/>
        <source>Consultar precios</source>
        <translation>See prices</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="99"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="100"/>
        <source>En este
equipo</source>
        <translation>On this
computer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="101"/>
        <source>Usuarios</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="102"/>
        <source>No. de
serie</source>
        <translation>Serial
number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="103"/>
        <source>Fecha de
activación</source>
        <translation>Activation
date</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="104"/>
        <source>Próximo
pago</source>
        <translation>Next
payment</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="105"/>
        <source>Plan actualizado</source>
        <translation>Upgrade plan</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="126"/>
        <source>En este equipo: {versions}</source>
        <translation>On this computer: {versions}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="133"/>
        <source>(carpeta del programa no encontrada)</source>
        <translation>(program folder not found)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="135"/>
        <source>{system} {version} instalado en «{folder}» — abierto ahora</source>
        <translation>{system} {version} installed in “{folder}” — open now</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/subscriptions.py" line="137"/>
        <source>{system} {version} instalado en «{folder}»</source>
        <translation>{system} {version} installed in “{folder}”</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/diagnostics.py" line="34"/>
        <source>abierto ahora</source>
        <translation>open now</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="16"/>
        <source>no se pudo abrir</source>
        <translation>could not be opened</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="17"/>
        <source>no es un archivo normal (por ejemplo, es una carpeta)</source>
        <translation>is not a regular file (for example, it is a folder)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="18"/>
        <source>es demasiado grande para ser un archivo de configuración</source>
        <translation>is too big to be a settings file</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="19"/>
        <source>no está guardado como texto UTF-8</source>
        <translation>is not saved as UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="14"/>
        <source>no tiene el formato correcto (JSON)</source>
        <translation>is not in the right format (JSON)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="23"/>
        <source>no se pudo usar</source>
        <translation>could not be used</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="30"/>
        <source>debe ser true o false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="31"/>
        <source>debe ser un texto entre comillas</source>
        <translation>must be text in quotes</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="33"/>
        <source>está vacío</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="47"/>
        <source>tiene espacios o caracteres no válidos</source>
        <translation>has spaces or invalid characters</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="48"/>
        <source>no es una dirección válida</source>
        <translation>is not a valid address</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="49"/>
        <source>debe empezar con https://</source>
        <translation>must start with https://</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="50"/>
        <source>debe empezar con http:// o https://</source>
        <translation>must start with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="54"/>
        <source>tiene un nombre de servidor no válido</source>
        <translation>has an invalid server name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="56"/>
        <source>no debe llevar usuario ni contraseña</source>
        <translation>must not include a user name or password</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="57"/>
        <source>no debe llevar «?» ni «#»</source>
        <translation>must not include “?” or “#”</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="58"/>
        <source>no existe o no es un archivo</source>
        <translation>does not exist or is not a file</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/errors.py" line="59"/>
        <source>debe ser es o en</source>
        <translation>must be es or en</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="34"/>
        <source>no es válido</source>
        <translation>is not valid</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="44"/>
        <source>El archivo de configuración «{file}» {what}; se ignora y se usan los valores predeterminados.</source>
        <translation>The settings file “{file}” {what}; it is ignored and the defaults are used.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="51"/>
        <source>En «{file}», el valor de «{key}» {what}; se ignora ese valor.</source>
        <translation>In “{file}”, the value of “{key}” {what}; that value is ignored.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/settings.py" line="59"/>
        <source>Detalle técnico: {details}</source>
        <translation>Technical detail: {details}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="11"/>
        <source>Iniciando sesión…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="16"/>
        <source>Vuelve a iniciar sesión.</source>
        <translation>Log in again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="23"/>
        <source>El usuario tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que escribiste o pegaste.</source>
        <translation>The user name has {count} characters and Mi cuenta Aspel accepts up to {limit}. Check what you typed or pasted.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="28"/>
        <source>La contraseña tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que pegaste.</source>
        <translation>The password has {count} characters and Mi cuenta Aspel accepts up to {limit}. Check what you pasted.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="31"/>
        <source>La contraseña no puede ser solo espacios. Escríbela de nuevo.</source>
        <translation>The password cannot be only spaces. Type it again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="38"/>
        <source>Restablecer contraseña</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="43"/>
        <source>Escribe tu usuario de Mi cuenta Aspel. Te enviaremos un correo a la dirección registrada en la cuenta para que elijas una contraseña nueva.</source>
        <translation>Type your Mi cuenta Aspel user name. We will send an e-mail to the address registered on the account so you can choose a new password.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="49"/>
        <source>&amp;Enviar correo</source>
        <translation>&amp;Send e-mail</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="53"/>
        <source>Escribe tu usuario para poder enviarte el correo.</source>
        <translation>Type your user name so we can send you the e-mail.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="57"/>
        <source>Enviando la solicitud…</source>
        <translation>Sending the request…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="62"/>
        <source>Si el usuario «{user}» existe, enviamos un correo a la dirección registrada en la cuenta con los pasos para elegir una contraseña nueva. Revisa tu bandeja de entrada (y la de correo no deseado).</source>
        <translation>If the user “{user}” exists, we sent an e-mail to the address registered on the account with the steps to choose a new password. Check your inbox (and your spam folder).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="72"/>
        <source>Tu sesión terminó</source>
        <translation>Your session ended</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="77"/>
        <source>Por seguridad, tu sesión en el portal terminó. Escribe de nuevo tu contraseña para continuar donde te quedaste; no perderás lo que elegiste.</source>
        <translation>For security, your portal session ended. Type your password again to continue where you left off; you will not lose what you chose.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="83"/>
        <source>C&amp;ontinuar</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="89"/>
        <source>Tu sesión terminó. Para continuar, vuelve a escribir tu contraseña (pulsa de nuevo el botón de esta página).</source>
        <translation>Your session ended. To continue, type your password again (click this page’s button again).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="100"/>
        <source>No se pudo leer la contraseña guardada en el administrador de credenciales de Windows. Escríbela para continuar.</source>
        <translation>The password saved in Windows Credential Manager could not be read. Type it to continue.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/account.py" line="107"/>
        <source>No se pudo guardar tu contraseña en el administrador de credenciales de Windows: la próxima vez tendrás que escribirla.</source>
        <translation>Your password could not be saved in Windows Credential Manager: you will have to type it next time.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="54"/>
        <source>«{folder}» (1 empresa)</source>
        <translation>“{folder}” (1 company)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="56"/>
        <source>«{folder}» ({count} empresas)</source>
        <translation>“{folder}” ({count} companies)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="113"/>
        <source>{old} está abierto en este equipo. Ciérralo antes de instalar la nueva versión y de traer tus datos.</source>
        <translation>{old} is open on this computer. Close it before installing the new version and bringing your data over.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="143"/>
        <source>{new} ya está instalado en este equipo.</source>
        <translation>{new} is already installed on this computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="23"/>
        <source>el equipo donde están guardados los datos de tus empresas</source>
        <translation>the computer where your companies&apos; data is kept</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="32"/>
        <source>Buscando tu sistema en este equipo…</source>
        <translation>Looking for your system on this computer…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="64"/>
        <source>Los datos de {old} están en este equipo: {folders}. Marcaste que instalarás la nueva versión en otro equipo: ese equipo será tu Servidor ({meaning}). Haz ahí la instalación, la activación y la traducción de tus datos.</source>
        <translation>The data of {old} is on this computer: {folders}. You said you will install the new version on another computer: that computer will be your Server ({meaning}). Do the installation, the activation and the translation of your data there.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="75"/>
        <source>Los datos de {old} están en este equipo: {folders}. Este equipo es tu Servidor ({meaning}): aquí se activa la nueva versión, que ya está instalada.</source>
        <translation>The data of {old} is on this computer: {folders}. This computer is your Server ({meaning}): the new version, already installed, is activated here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="80"/>
        <source>Los datos de {old} están en este equipo: {folders}. Este equipo es tu Servidor ({meaning}): aquí se instala y se activa la nueva versión.</source>
        <translation>The data of {old} is on this computer: {folders}. This computer is your Server ({meaning}): the new version is installed and activated here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="89"/>
        <source>{old} está instalado en este equipo, pero sus datos no están aquí: probablemente están en el Servidor ({meaning}). Haz la instalación, la activación y la traducción de datos en el Servidor.</source>
        <translation>{old} is installed on this computer, but its data is not here: it is probably on the Server ({meaning}). Install, activate and bring the data over on the Server.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="98"/>
        <source>No encontramos {old} en este equipo. Haz la instalación, la activación y la traducción de datos en el Servidor ({meaning}).</source>
        <translation>We did not find {old} on this computer. Install, activate and bring the data over on the Server ({meaning}).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="145"/>
        <source>Descarga el instalador de {new} e instálalo en este equipo.</source>
        <translation>Download the installer of {new} and install it on this computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="148"/>
        <source>Descarga el instalador de {new} e instálalo en el Servidor ({meaning}).</source>
        <translation>Download the installer of {new} and install it on the Server ({meaning}).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="151"/>
        <source>Descarga el instalador de {new} e instálalo en el Servidor.</source>
        <translation>Download the installer of {new} and install it on the Server.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="154"/>
        <source>Actívalo en este equipo con el nuevo número de serie y la razón social, tal como aparecen aquí. No lo actives en otros equipos: la activación únicamente debe realizarse en el Servidor.</source>
        <translation>Activate it on this computer with the new serial number and the razón social exactly as shown here. Do not activate it on other computers: activation must be done only on the Server.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="159"/>
        <source>Si este equipo no tiene internet, elige «Activar desde otro equipo»: guarda el archivo de solicitud, cárgalo en la página de activación de Aspel desde un equipo con internet y trae a este equipo el archivo de respuesta que te devuelve.</source>
        <translation>If this computer has no internet, choose “Activar desde otro equipo” (activate from another computer): save the request file, upload it to Aspel&apos;s activation page from a computer with internet, and bring the response file it gives back to this computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="165"/>
        <source>Actívalo con el nuevo número de serie y la razón social, tal como aparecen aquí. La activación únicamente debe realizarse en el equipo Servidor.</source>
        <translation>Activate it with the new serial number and the razón social exactly as shown here. Activation must be done only on the Server computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="169"/>
        <source>Si el Servidor no tiene internet, elige «Activar desde otro equipo»: guarda el archivo de solicitud, cárgalo en la página de activación de Aspel desde un equipo con internet y lleva al Servidor el archivo de respuesta que te devuelve.</source>
        <translation>If the Server has no internet, choose “Activar desde otro equipo” (activate from another computer): save the request file, upload it to Aspel&apos;s activation page from a computer with internet, and take the response file it gives back to the Server.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="180"/>
        <source>Si al activar aparece «{message}»: ese número de serie ya se activó en el periodo actual de tu suscripción. No lo intentes en otros equipos. Si necesitas activarlo en otro equipo (porque formateaste, cambiaste piezas o actualizaste Windows), pide un desbloqueo a tu distribuidor o a Aspel: en una suscripción, el primero suele quedar de inmediato o en unos 15 minutos, y un segundo tarda de 4 a 24 horas hábiles. El desbloqueo te da un nuevo código de activación (CDA), no un número de serie nuevo: tu número de serie sigue siendo el mismo.</source>
        <translation>If activating shows “{message}”: that serial number was already activated in the current period of your subscription. Do not try it on other computers. If you need to activate it on another computer (because you formatted, changed parts or upgraded Windows), ask your reseller or Aspel for an unlock: on a subscription, the first one is usually immediate or takes about 15 minutes, and a second one takes 4 to 24 business hours. The unlock gives you a new activation code (CDA), not a new serial number: your serial number stays the same.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="128"/>
        <source>Si todavía no traes tus datos de {old}, hazlo en {new} con Utilerías › Traducción de datos.</source>
        <translation>If you have not brought your data from {old} over yet, do it in {new} with Utilerías › Traducción de datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/guidance.py" line="132"/>
        <source>Al terminar la instalación, elige «Traducir de una versión anterior» para traer tus datos de {old}. Si no lo hiciste entonces, hazlo después en Utilerías › Traducción de datos.</source>
        <translation>At the end of the installation, choose “Traducir de una versión anterior” (translate from a previous version) to bring over your data from {old}. If you did not do it then, do it later in Utilerías › Traducción de datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="11"/>
        <source>Actualización pendiente</source>
        <translation>Pending upgrade</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="15"/>
        <source>La última vez se envió la actualización de {what}, pero no se llegó a ver el resultado. ¿Quieres terminarla ahora? Solo tendrás que iniciar sesión; no se generará un segundo número de serie.</source>
        <translation>Last time the upgrade of {what} was sent, but its result was never shown. Do you want to finish it now? You only need to log in; no second serial number will be issued.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="21"/>
        <source>&amp;Terminarla ahora</source>
        <translation>&amp;Finish it now</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="25"/>
        <source>&amp;Más tarde</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="29"/>
        <source>Inicia sesión como «{user}» para ver el resultado de la actualización pendiente.</source>
        <translation>Log in as “{user}” to see the result of the pending upgrade.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="34"/>
        <source>Consultando el resultado de la actualización pendiente…</source>
        <translation>Getting the result of the pending upgrade…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="42"/>
        <source>Descarga en curso</source>
        <translation>Download in progress</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="43"/>
        <source>El instalador se está descargando. Si cierras ahora, la descarga se detiene y lo ya descargado se guarda: continuará la próxima vez que abras el asistente. Tu nuevo número de serie es {serial}: cópialo o guarda el comprobante antes de cerrar; también te llegó por correo a {email}. ¿Cerrar de todos modos?</source>
        <translation>The installer is being downloaded. If you close now, the download stops and what has arrived is kept: it will continue the next time you open the assistant. Your new serial number is {serial}: copy it or save the receipt before closing; it was also sent by e-mail to {email}. Close anyway?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="49"/>
        <source>¿Cerrar el asistente?</source>
        <translation>Close the assistant?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="50"/>
        <source>Tu nuevo número de serie es {serial}. Antes de cerrar, cópialo o guarda el comprobante; también te llegó por correo a {email}. ¿Cerrar el asistente?</source>
        <translation>Your new serial number is {serial}. Before closing, copy it or save the receipt; it was also sent by e-mail to {email}. Close the assistant?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="54"/>
        <source>¿Cerrar sin ver el resultado?</source>
        <translation>Close without seeing the result?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="55"/>
        <source>No sabemos si el portal recibió la confirmación. Si cierras ahora, la próxima vez que abras el asistente verás el resultado; no se generará un segundo número de serie. ¿Cerrar de todos modos?</source>
        <translation>We do not know whether the portal received the confirmation. If you close now, you will see the result the next time you open the assistant; no second serial number will be issued. Close anyway?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="60"/>
        <source>Confirmación en curso</source>
        <translation>Confirmation in progress</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="61"/>
        <source>Estamos esperando la respuesta del portal. Si cierras ahora, la próxima vez que abras el asistente podrás ver el resultado. ¿Cerrar de todos modos?</source>
        <translation>We are waiting for the portal’s answer. If you close now, you will see the result the next time you open the assistant. Close anyway?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="64"/>
        <source>¿Cerrar sin actualizar?</source>
        <translation>Close without upgrading?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="65"/>
        <source>Todavía no se genera tu nuevo número de serie: {old} sigue como está. Si cierras ahora, podrás hacer la actualización cuando vuelvas a abrir el asistente. ¿Cerrar el asistente?</source>
        <translation>Your new serial number has not been issued yet: {old} stays as it is. If you close now, you can upgrade when you open the assistant again. Close the assistant?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="72"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/closing.py" line="76"/>
        <source>&amp;Seguir aquí</source>
        <translation>&amp;Stay here</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="10"/>
        <source>Aspel</source>
        <translation>Aspel</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="14"/>
        <source>&amp;Reintentar</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="18"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="22"/>
        <source>&amp;Copiar</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="27"/>
        <source>Copiar número de serie</source>
        <translation>Copy serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/common.py" line="31"/>
        <source>Copiar ra&amp;zón social</source>
        <translation>Copy co&amp;mpany name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="14"/>
        <source>Confirmación</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="18"/>
        <source>Revisa los datos. Al confirmar, el portal genera tu nuevo número de serie y lo envía por correo.</source>
        <translation>Check the details. When you confirm, the portal issues your new serial number and e-mails it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="23"/>
        <source>Actualizar número de &amp;serie</source>
        <translation>Upgrade &amp;serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="31"/>
        <source>Número de serie actual</source>
        <translation>Current serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="35"/>
        <source>Aviso por correo a</source>
        <translation>E-mail notice to</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="40"/>
        <source>{system} {old} → {new}</source>
        <translation>{system} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="44"/>
        <source>El asistente de activación de la nueva versión te pedirá la razón social exactamente como aparece arriba.</source>
        <translation>The new version’s activation assistant will ask for the company name (razón social) exactly as shown above.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="52"/>
        <source>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (su plazo terminó el {date}). Si todavía no estás listo, pulsa «{cancel}».</source>
        <translation>This step cannot be undone. When you click “{commit}” you will receive the new serial number and will have to stop using {old} (its period ended on {date}). If you are not ready yet, click “{cancel}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="56"/>
        <source>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (solo funcionará hasta el {date}). Si todavía no estás listo, pulsa «{cancel}».</source>
        <translation>This step cannot be undone. When you click “{commit}” you will receive the new serial number and will have to stop using {old} (it will only work until {date}). If you are not ready yet, click “{cancel}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="63"/>
        <source>Generando tu nuevo número de serie…</source>
        <translation>Issuing your new serial number…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/confirm.py" line="68"/>
        <source>{problem} No sabemos si el portal alcanzó a recibir la confirmación: pulsa de nuevo «Actualizar número de serie». Es seguro, no se generará un segundo número de serie.</source>
        <translation>{problem} We do not know whether the portal received the confirmation: click “Upgrade serial number” again. It is safe: no second serial number will be issued.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="10"/>
        <source>Iniciar sesión</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="14"/>
        <source>Usa el usuario y la contraseña de Mi cuenta Aspel, los mismos del portal.</source>
        <translation>Use your Mi cuenta Aspel user name and password, the same as on the portal.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="18"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="22"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="26"/>
        <source>&amp;Ocultar</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="26"/>
        <source>&amp;Mostrar</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="30"/>
        <source>Ocultar contraseña</source>
        <translation>Hide password</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="30"/>
        <source>Mostrar contraseña</source>
        <translation>Show password</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="34"/>
        <source>&amp;Recordar mi usuario</source>
        <translation>&amp;Remember my user name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="38"/>
        <source>Recordar también mi contraseña en este &amp;equipo</source>
        <translation>Also remember my password on this &amp;computer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="43"/>
        <source>Se guarda cifrada en el administrador de credenciales de Windows, nunca en un archivo.</source>
        <translation>It is stored encrypted in the Windows Credential Manager, never in a file.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/login.py" line="48"/>
        <source>¿Ol&amp;vidaste tu contraseña?</source>
        <translation>&amp;Forgot your password?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="16"/>
        <source>Último día para usar {old}</source>
        <translation>Last day to use {old}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="30"/>
        <source>Se acerca el último día para usar {old}: después, el sistema quedará inactivo.</source>
        <translation>The last day to use {old} is coming: after that, the system becomes inactive.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="37"/>
        <source>Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y avisos una semana antes y un día antes. Ábrelo para agregarlo a Outlook o a tu calendario.</source>
        <translation>A calendar file (.ics) with the last day to use {old} ({date}) and alerts a week before and a day before. Open it to add it to Outlook or your calendar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="41"/>
        <source>Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y avisos un día antes y ese mismo día a las 9:00. Ábrelo para agregarlo a Outlook o a tu calendario.</source>
        <translation>A calendar file (.ics) with the last day to use {old} ({date}) and alerts a day before and on that day at 9:00. Open it to add it to Outlook or your calendar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="45"/>
        <source>Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y un aviso ese mismo día a las 9:00. Ábrelo para agregarlo a Outlook o a tu calendario.</source>
        <translation>A calendar file (.ics) with the last day to use {old} ({date}) and an alert on that day at 9:00. Open it to add it to Outlook or your calendar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="52"/>
        <source>Guardar &amp;recordatorio…</source>
        <translation>Save &amp;reminder…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="60"/>
        <source>Calendario (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="64"/>
        <source>recordatorio-{system}-{version}.ics</source>
        <translation>reminder-{system}-{version}.ics</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="68"/>
        <source>No se pudo guardar el recordatorio en «{path}» ({reason}). Elige otra carpeta.</source>
        <translation>The reminder could not be saved to “{path}” ({reason}). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/reminder.py" line="73"/>
        <source>Recordatorio guardado en «{path}». Ábrelo para agregarlo a tu calendario.</source>
        <translation>Reminder saved to “{path}”. Open it to add it to your calendar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="11"/>
        <source>¡Listo!</source>
        <translation>Done!</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="15"/>
        <source>Tu nuevo número de serie está listo.</source>
        <translation>Your new serial number is ready.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="19"/>
        <source>Actualizaste {system} {old} a {new}.</source>
        <translation>You upgraded {system} {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="23"/>
        <source>Este sistema ya se había actualizado; estos son sus datos.</source>
        <translation>This system had already been upgraded; these are its details.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="28"/>
        <source>{system} {old} ya se había actualizado a {new}. No se generó otro número de serie: este es el que ya tienes.</source>
        <translation>{system} {old} had already been upgraded to {new}. No other serial number was issued: this is the one you already have.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="36"/>
        <source>Descargar e &amp;instalar…</source>
        <translation>Download and &amp;install…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="36"/>
        <source>Volver a descargar el &amp;instalador…</source>
        <translation>Download the &amp;installer again…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="41"/>
        <source>Descargar e instalar la nueva versión</source>
        <translation>Download and install the new version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="46"/>
        <source>Razón social para activar (escríbela exactamente así)</source>
        <translation>Company name for activation (type it exactly like this)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="50"/>
        <source>Descarga de la nueva versión</source>
        <translation>New version download</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="54"/>
        <source>&amp;Abrir descarga</source>
        <translation>&amp;Open download</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="58"/>
        <source>Copiar &amp;enlace</source>
        <translation>Copy &amp;link</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="62"/>
        <source>Copiar enlace de descarga</source>
        <translation>Copy link to the download</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="66"/>
        <source>&amp;Guardar comprobante (PDF)…</source>
        <translation>&amp;Save receipt (PDF)…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="70"/>
        <source>Guardar comprobante</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="74"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="78"/>
        <source>comprobante-{system}-{version}-{upgrade}.pdf</source>
        <translation>receipt-{system}-{version}-{upgrade}.pdf</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="84"/>
        <source>No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra carpeta.</source>
        <translation>The receipt could not be saved to “{path}” ({reason}). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/result.py" line="89"/>
        <source>Comprobante guardado en «{path}».</source>
        <translation>Receipt saved to “{path}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="13"/>
        <source>Términos y condiciones</source>
        <translation>Terms and conditions</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="17"/>
        <source>Lee lo que implica la actualización antes de aceptarla.</source>
        <translation>Read what the upgrade means before accepting it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="21"/>
        <source>He &amp;leído y acepto los términos y condiciones</source>
        <translation>I have &amp;read and accept the terms and conditions</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="25"/>
        <source>Consultando los términos de la actualización…</source>
        <translation>Looking up the upgrade’s terms…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="30"/>
        <source>Elegimos {system} {version} porque está instalado en este equipo. Si quieres actualizar otro sistema, pulsa «Atrás» y luego «Siguiente» para ver la lista.</source>
        <translation>We chose {system} {version} because it is installed on this computer. To upgrade another system, click “Back” and then “Next” to see the list.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="37"/>
        <source>Importante: al recibir el nuevo número de serie tendrás que dejar de usar {old}. Si todavía no estás listo para dejar de usarlo, no continúes; puedes volver a abrir el asistente cuando lo estés.</source>
        <translation>Important: once you receive the new serial number you will have to stop using {old}. If you are not ready to stop using it yet, do not continue; you can open the assistant again when you are.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="47"/>
        <source>{deadline} Las dos versiones funcionan a la vez hasta entonces para que pases tu información a la nueva.</source>
        <translation>{deadline} Both versions work side by side until then, so that you can move your data to the new one.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="52"/>
        <source>Recibes la nueva versión sin costo adicional, porque tu sistema está en suscripción, y el nuevo número de serie conserva la periodicidad {periodicity}.</source>
        <translation>You get the new version at no additional cost, because your system is on a subscription, and the new serial number keeps the {periodicity} rental period.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/terms.py" line="58"/>
        <source>Versión de los términos: {v}</source>
        <translation>Terms version: {v}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/window.py" line="9"/>
        <source>Actualizar número de serie de Aspel</source>
        <translation>Upgrade an Aspel serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/window.py" line="13"/>
        <source>&amp;Diagnóstico</source>
        <translation>&amp;Diagnostics</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/window.py" line="20"/>
        <source>{what} ({elapsed} s, reintento {n})</source>
        <translation>{what} ({elapsed} s, retry {n})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/window.py" line="23"/>
        <source>{what} ({elapsed} s)</source>
        <translation>{what} ({elapsed} s)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="25"/>
        <source>¿Está listo este equipo?</source>
        <translation>Is this computer ready?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="29"/>
        <source>Antes del paso que no se puede deshacer, revisamos este equipo con lo que pide la nueva versión.</source>
        <translation>Before the step that cannot be undone, we check this computer against what the new version needs.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="35"/>
        <source>Revisando este equipo…</source>
        <translation>Checking this computer…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="39"/>
        <source>&amp;Revisar de nuevo</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="43"/>
        <source>Res&amp;paldé mis datos con la herramienta de respaldo de mi sistema</source>
        <translation>I backed &amp;up my data with my system’s backup tool</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="48"/>
        <source>&amp;Tengo tiempo para pasar mi información a la nueva versión</source>
        <translation>I &amp;have time to move my information to the new version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="49"/>
        <source>&amp;Tengo tiempo antes del {date} para pasar mi información</source>
        <translation>I &amp;have time before {date} to move my information</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="56"/>
        <source>Lo que solo tú puedes confirmar:</source>
        <translation>What only you can confirm:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="60"/>
        <source>&amp;Lo instalaré en otro equipo, no en este</source>
        <translation>I will &amp;install it on another computer, not this one</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="65"/>
        <source>Revisa ese equipo antes de instalar: ejecuta ahí «{command}».</source>
        <translation>Check that computer before installing: run “{command}” there.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="72"/>
        <source>Algo bloquea en este equipo, que es donde están tus datos. Corrígelo y pulsa «Revisar de nuevo», o marca que instalarás la nueva versión en otro equipo.</source>
        <translation>Something on this computer, which holds your data, stands in the way. Fix it and press “Check again”, or tick that you will install the new version on another computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="79"/>
        <source>Estas revisiones son para el Servidor ({meaning}). Pide que ejecuten este comando ahí (no necesita tu contraseña):</source>
        <translation>These checks are for the Server ({meaning}). Ask for this command to be run there (it does not need your password):</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="86"/>
        <source>Comando para el Servidor</source>
        <translation>Command for the Server</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="90"/>
        <source>Copiar co&amp;mando</source>
        <translation>Copy co&amp;mmand</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="95"/>
        <source>Activa la nueva versión en el equipo donde se va a quedar (el Servidor). Formatear el equipo, cambiarle piezas o actualizar Windows después de activar gasta una activación; si vas a hacer algo de eso, hazlo antes de activar.</source>
        <translation>Activate the new version on the computer where it will stay (the Server). Formatting the computer, changing its parts or upgrading Windows after activating uses up an activation; if you are going to do any of that, do it before activating.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="103"/>
        <source>No se pudo revisar este equipo. Puedes continuar; si quieres, pulsa «Revisar de nuevo».</source>
        <translation>This computer could not be checked. You can go on; if you like, press “Check again”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="115"/>
        <source>Dónde están tus datos</source>
        <translation>Where your data is</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="116"/>
        <source>Versión de Windows</source>
        <translation>Windows version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="117"/>
        <source>Windows de 32 o 64 bits</source>
        <translation>32- or 64-bit Windows</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="118"/>
        <source>Soporte de Windows</source>
        <translation>Windows support</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="119"/>
        <source>Memoria (RAM)</source>
        <translation>Memory (RAM)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="120"/>
        <source>Espacio para el instalador</source>
        <translation>Room for the installer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="121"/>
        <source>Espacio para el programa</source>
        <translation>Room for the program</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="122"/>
        <source>Espacio para tus datos</source>
        <translation>Room for your data</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="123"/>
        <source>Permisos para instalar</source>
        <translation>Permission to install</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="124"/>
        <source>Reinicio pendiente</source>
        <translation>Pending restart</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="125"/>
        <source>Programa abierto</source>
        <translation>Program open</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="126"/>
        <source>Servidor Firebird</source>
        <translation>Firebird server</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="127"/>
        <source>Puerto de la base de datos</source>
        <translation>Database port</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="128"/>
        <source>Respaldo de tus datos</source>
        <translation>Backup of your data</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="129"/>
        <source>Tiempo antes de la fecha límite</source>
        <translation>Time before the deadline</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="136"/>
        <source>Bien</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="137"/>
        <source>Aviso</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="138"/>
        <source>Bloquea</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="139"/>
        <source>No aplica</source>
        <translation>Does not apply</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="146"/>
        <source>{status} · {system} · {title}: {message}</source>
        <translation>{status} · {system} · {title}: {message}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="153"/>
        <source>{status} · {title}: {message}</source>
        <translation>{status} · {title}: {message}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="159"/>
        <source>Revisión de este equipo: bloquean {blocks}, avisos {warnings}, bien {fine}.</source>
        <translation>Check of this computer: {blocks} blocking, {warnings} warnings, {fine} OK.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="166"/>
        <source>Revisión de este equipo</source>
        <translation>Check of this computer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="172"/>
        <source>{status}: {titles}.</source>
        <translation>{status}: {titles}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="181"/>
        <source>Así estaba este equipo al confirmar:</source>
        <translation>This computer as it was when you confirmed:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="186"/>
        <source>En esta sesión no se revisó el equipo antes de confirmar.</source>
        <translation>The computer was not checked before confirming in this session.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="191"/>
        <source>No se encontró ningún sistema Aspel en este equipo. Indica cuál revisar con --system (por ejemplo, --system SAE).</source>
        <translation>No Aspel system was found on this computer. Say which one to check with --system (for example, --system SAE).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="200"/>
        <source>la unidad {drive}</source>
        <translation>drive {drive}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="202"/>
        <source>la carpeta de red «{share}»</source>
        <translation>the network folder “{share}”</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="207"/>
        <source>la nueva versión</source>
        <translation>the new version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="213"/>
        <source>no se pudo consultar el portal de Aspel</source>
        <translation>the Aspel portal could not be reached</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="214"/>
        <source>Aspel no ha publicado los requisitos de {new}</source>
        <translation>Aspel has not published the requirements of {new}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="215"/>
        <source>el portal de Aspel respondió datos que no se pudieron leer</source>
        <translation>the Aspel portal answered with data that could not be read</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="216"/>
        <source>Aspel no publicó ese dato para {new}</source>
        <translation>Aspel did not publish that figure for {new}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="217"/>
        <source>el dato que publicó Aspel para {new} no es válido</source>
        <translation>the figure Aspel published for {new} is not valid</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="226"/>
        <source>al menos {size}</source>
        <translation>at least {size}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="232"/>
        <source>{items} y {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="237"/>
        <source>el instalador</source>
        <translation>the installer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="238"/>
        <source>el programa</source>
        <translation>the program</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="239"/>
        <source>la copia de tus datos</source>
        <translation>the copy of your data</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="250"/>
        <source>en ejecución</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="257"/>
        <source>{name} (compilación {build}) o posterior</source>
        <translation>{name} (build {build}) or later</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="260"/>
        <source>Windows con compilación {build} o posterior</source>
        <translation>Windows with build {build} or later</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="268"/>
        <source>Estas revisiones valen para el Servidor: ejecuta ahí «{command}».</source>
        <translation>These checks are the Server’s: run “{command}” there.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="288"/>
        <source>Esta revisión es solo para Windows.</source>
        <translation>This check is for Windows only.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="289"/>
        <source>Esta revisión no aplica en este equipo.</source>
        <translation>This check does not apply on this computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="293"/>
        <source>No se pudo revisar esto en este equipo. No detiene la actualización, pero revísalo por tu cuenta. Detalle técnico: {detail}</source>
        <translation>This could not be checked on this computer. It does not stop the upgrade, but check it yourself. Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="304"/>
        <source>Los datos de {old} están en otro equipo ({folders}): ese equipo es el Servidor, y ahí se instala y se activa primero la nueva versión.</source>
        <translation>The data of {old} is on another computer ({folders}): that computer is the Server, and the new version is installed and activated there first.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="320"/>
        <source>Este equipo tiene {name} (compilación {build}); {new} necesita {minimum}.</source>
        <translation>This computer has {name} (build {build}); {new} needs {minimum}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="326"/>
        <source>Este equipo tiene {name} (compilación {build}) y {new} necesita {minimum}. Actualiza Windows antes de activar la nueva versión (cambiar Windows después gasta una activación), o instálala en otro equipo que lo cumpla.</source>
        <translation>This computer has {name} (build {build}) and {new} needs {minimum}. Upgrade Windows before activating the new version (changing Windows afterwards uses up an activation), or install it on another computer that meets it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="334"/>
        <source>La edición de Windows de este equipo ({edition}) no está entre las que Aspel indica para {new} ({editions}). Pregunta a tu distribuidor si puedes instalarla aquí.</source>
        <translation>The Windows edition of this computer ({edition}) is not among those Aspel lists for {new} ({editions}). Ask your reseller whether you can install it here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="342"/>
        <source>Este equipo tiene {name} (compilación {build}). No se pudo comparar con lo que necesita {new}: {why}. Revisa los requisitos en la página de Aspel.</source>
        <translation>This computer has {name} (build {build}). It could not be compared with what {new} needs: {why}. Check the requirements on Aspel’s page.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="349"/>
        <source>Este equipo tiene Windows de 64 bits.</source>
        <translation>This computer has 64-bit Windows.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="353"/>
        <source>Este equipo tiene Windows de 32 bits; {new} funciona en Windows de 32 bits.</source>
        <translation>This computer has 32-bit Windows; {new} works on 32-bit Windows.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="358"/>
        <source>Este equipo tiene Windows de 32 bits y {new} solo funciona en Windows de 64 bits. Instala la nueva versión en un equipo con Windows de 64 bits; si vas a reinstalar Windows en este, hazlo antes de activar, porque ese cambio gasta una activación.</source>
        <translation>This computer has 32-bit Windows and {new} only works on 64-bit Windows. Install the new version on a computer with 64-bit Windows; if you are going to reinstall Windows on this one, do it before activating, because that change uses up an activation.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="365"/>
        <source>Este equipo tiene Windows de 32 bits. No se pudo comparar con lo que necesita {new}: {why}. Muchas versiones nuevas solo funcionan en 64 bits: revisa los requisitos en la página de Aspel.</source>
        <translation>This computer has 32-bit Windows. It could not be compared with what {new} needs: {why}. Many new versions only work on 64 bits: check the requirements on Aspel’s page.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="373"/>
        <source>Microsoft da soporte a {name} hasta el {date}.</source>
        <translation>Microsoft supports {name} until {date}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="379"/>
        <source>{name} tiene soporte de Microsoft.</source>
        <translation>{name} is supported by Microsoft.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="383"/>
        <source>El soporte de Microsoft para {name} termina el {date}. Si vas a actualizar Windows o formatear este equipo, hazlo antes de activar la nueva versión: ese cambio gasta una activación.</source>
        <translation>Microsoft’s support for {name} ends on {date}. If you are going to upgrade Windows or format this computer, do it before activating the new version: that change uses up an activation.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="391"/>
        <source>Microsoft dejó de dar soporte a {name} el {date}: ya no recibe actualizaciones de seguridad. Si vas a actualizar Windows o formatear este equipo, hazlo antes de activar la nueva versión: ese cambio gasta una activación.</source>
        <translation>Microsoft ended support for {name} on {date}: it no longer gets security updates. If you are going to upgrade Windows or format this computer, do it before activating the new version: that change uses up an activation.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="400"/>
        <source>Este equipo tiene {have} de memoria (RAM); {new} necesita {need}.</source>
        <translation>This computer has {have} of memory (RAM); {new} needs {need}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="406"/>
        <source>Este equipo tiene {have} de memoria (RAM) y {new} necesita {need}. Agrega memoria o instala la nueva versión en otro equipo.</source>
        <translation>This computer has {have} of memory (RAM) and {new} needs {need}. Add memory or install the new version on another computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="413"/>
        <source>Este equipo tiene {have} de memoria (RAM). No se pudo comparar con lo que necesita {new}: {why}.</source>
        <translation>This computer has {have} of memory (RAM). It could not be compared with what {new} needs: {why}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="421"/>
        <source>En {volume} hay {free} libres: alcanza para {parts}.</source>
        <translation>There are {free} free on {volume}: enough for {parts}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="427"/>
        <source>En {volume} hay {free} libres y se necesitan {total} para {parts}. Libera al menos {short} en {volume} (vacía la papelera o mueve archivos a otra unidad) y vuelve a revisar.</source>
        <translation>There are {free} free on {volume} and {parts} need {total}. Free at least {short} on {volume} (empty the Recycle Bin or move files to another drive) and check again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="434"/>
        <source>También puedes guardar el instalador en una carpeta de otra unidad.</source>
        <translation>You can also save the installer in a folder on another drive.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="440"/>
        <source>Va en {volume}, como «{other}» (arriba): libera allí al menos {short} y vuelve a revisar.</source>
        <translation>It goes on {volume}, like “{other}” (above): free at least {short} there and check again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="448"/>
        <source>Va en {volume}, como «{other}» (arriba): alcanza para todo.</source>
        <translation>It goes on {volume}, like “{other}” (above): there is room for everything.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="455"/>
        <source>no se terminó de medir: {files} archivos contados hasta ahora</source>
        <translation>not measured to the end: {files} files counted so far</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="459"/>
        <source>una carpeta no se pudo leer</source>
        <translation>one folder could not be read</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="461"/>
        <source>{count} carpetas no se pudieron leer</source>
        <translation>{count} folders could not be read</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="462"/>
        <source>Tus datos de {old} («{folder}») ocupan al menos {size} ({why}). En {volume} hay {free} libres para {parts}: revisa que sobre espacio para la copia traducida de tus datos antes de continuar.</source>
        <translation>Your {old} data (“{folder}”) takes at least {size} ({why}). There are {free} free on {volume} for {parts}: make sure there is room to spare for the translated copy of your data before going on.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="471"/>
        <source>En {volume} hay {free} libres. No se pudo comparar con lo que ocupa {what} de {new}: {why}.</source>
        <translation>There are {free} free on {volume}. It could not be compared with the size of {what} of {new}: {why}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="479"/>
        <source>No se encontró la carpeta «{folder}» (¿se desconectó la unidad?), así que no se pudo revisar su espacio libre. Conecta la unidad y vuelve a revisar.</source>
        <translation>The folder “{folder}” was not found (was the drive disconnected?), so its free space could not be checked. Connect the drive and check again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="485"/>
        <source>La copia traducida de tus datos se hace en el equipo donde están (el Servidor); ahí se revisa su espacio.</source>
        <translation>The translated copy of your data is made on the computer that holds it (the Server); its room is checked there.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="491"/>
        <source>Este programa se abrió como administrador: puedes instalar la nueva versión.</source>
        <translation>This program was opened as an administrator: you can install the new version.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="495"/>
        <source>Tu usuario es administrador de este equipo: al instalar, Windows te pedirá confirmar.</source>
        <translation>Your user is an administrator of this computer: when installing, Windows will ask you to confirm.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="500"/>
        <source>{new} no pide permisos de administrador para instalarse.</source>
        <translation>{new} does not need administrator rights to install.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="504"/>
        <source>Tu usuario no es administrador de este equipo: para instalar la nueva versión hará falta la contraseña de un administrador. Tenla a la mano o pide ayuda a tu área de sistemas.</source>
        <translation>Your user is not an administrator of this computer: installing the new version will need an administrator’s password. Have it at hand or ask your IT staff for help.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="510"/>
        <source>Tu usuario no es administrador de este equipo. No se pudo saber si {new} lo pide ({why}); casi todos los instaladores lo piden: ten a la mano la contraseña de un administrador.</source>
        <translation>Your user is not an administrator of this computer. Whether {new} needs it could not be known ({why}); almost every installer does: have an administrator’s password at hand.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="516"/>
        <source>Windows no tiene un reinicio pendiente.</source>
        <translation>Windows has no pending restart.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="520"/>
        <source>Windows tiene un reinicio pendiente (por actualizaciones o instalaciones anteriores). Reinicia el equipo antes de instalar la nueva versión.</source>
        <translation>Windows has a pending restart (from updates or earlier installations). Restart the computer before installing the new version.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="525"/>
        <source>No encontramos el programa de {old} en este equipo: no hay nada que cerrar.</source>
        <translation>We did not find the {old} program on this computer: there is nothing to close.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="530"/>
        <source>{old} no está abierto en este equipo.</source>
        <translation>{old} is not open on this computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="539"/>
        <source>No hay otro servidor Firebird instalado en este equipo.</source>
        <translation>No other Firebird server is installed on this computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="543"/>
        <source>Ya está instalado Firebird {version}, la versión que usa {new}: {servers}.</source>
        <translation>Firebird {version}, the version {new} uses, is already installed: {servers}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="549"/>
        <source>En este equipo ya hay un servidor Firebird instalado: {servers}. {new} instala Firebird {version} y usa el puerto {port}; otro servidor Firebird en el mismo equipo es una causa común de que la nueva versión no pueda abrir tus datos. Antes de instalar, pregunta a tu distribuidor o a soporte de Aspel qué hacer con él (no lo desinstales si otro programa lo usa).</source>
        <translation>A Firebird server is already installed on this computer: {servers}. {new} installs Firebird {version} and uses port {port}; another Firebird server on the same computer is a common reason why the new version cannot open your data. Before installing, ask your reseller or Aspel support what to do with it (do not uninstall it if another program uses it).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="559"/>
        <source>En este equipo ya hay un servidor Firebird instalado: {servers}. No se pudo comparar con el que instala {new} ({why}); si es de otra versión, puede impedir que la nueva versión abra tus datos: pregunta a tu distribuidor o a soporte de Aspel antes de instalar.</source>
        <translation>A Firebird server is already installed on this computer: {servers}. It could not be compared with the one {new} installs ({why}); if it is another version, it may keep the new version from opening your data: ask your reseller or Aspel support before installing.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="568"/>
        <source>El puerto {port}, que usa la base de datos de {new}, está libre.</source>
        <translation>Port {port}, which the {new} database uses, is free.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="575"/>
        <source>El puerto {port}, que usa la base de datos de {new}, ya lo ocupa el programa «{owner}». Si es otro servidor Firebird u otro programa, la nueva versión puede no abrir tus datos: pregunta a tu distribuidor o a soporte de Aspel antes de instalar.</source>
        <translation>Port {port}, which the {new} database uses, is already taken by the program “{owner}”. If it is another Firebird server or another program, the new version may not open your data: ask your reseller or Aspel support before installing.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="580"/>
        <source>El puerto {port}, que usa la base de datos de {new}, ya lo ocupa otro programa. Si es otro servidor Firebird u otro programa, la nueva versión puede no abrir tus datos: pregunta a tu distribuidor o a soporte de Aspel antes de instalar.</source>
        <translation>Port {port}, which the {new} database uses, is already taken by another program. If it is another Firebird server or another program, the new version may not open your data: ask your reseller or Aspel support before installing.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="588"/>
        <source>No se pudo revisar el puerto de la base de datos de {new}: {why}.</source>
        <translation>The port of the {new} database could not be checked: {why}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="595"/>
        <source>Respaldaste tus datos con la herramienta de respaldo.</source>
        <translation>You backed up your data with the backup tool.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="599"/>
        <source>No has confirmado que respaldaste tus datos. Respáldalos con la herramienta de respaldo de {old} antes de continuar.</source>
        <translation>You have not confirmed that you backed up your data. Back it up with the {old} backup tool before going on.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="605"/>
        <source>Tienes tiempo antes del {date} para pasar tu información.</source>
        <translation>You have time before {date} to move your information.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="608"/>
        <source>Tienes tiempo para pasar tu información.</source>
        <translation>You have time to move your information.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="613"/>
        <source>No has confirmado que tienes tiempo antes del {date} para pasar tu información a la nueva versión. Después de esa fecha {old} deja de funcionar: planea la instalación y la traducción de tus datos antes.</source>
        <translation>You have not confirmed that you have time before {date} to move your information to the new version. After that date {old} stops working: plan the installation and the translation of your data before then.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="617"/>
        <source>No has confirmado que tienes tiempo para instalar la nueva versión y pasar tu información.</source>
        <translation>You have not confirmed that you have time to install the new version and move your information.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/wording/readiness.py" line="622"/>
        <source>Ya pasó la fecha ({date}): {old} ya no se puede usar. Instala y activa la nueva versión cuanto antes para pasar tu información.</source>
        <translation>The date has passed ({date}): {old} can no longer be used. Install and activate the new version as soon as possible to move your information.</translation>
    </message>
</context>
</TS>
