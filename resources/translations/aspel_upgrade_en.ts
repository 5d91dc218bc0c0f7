<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_MX">
<context>
    <name></name>
    <message>
        <location filename="../../aspel_upgrade/ui/crash.py" line="51"/>
        <source>Ocurrió un error inesperado</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/crash.py" line="54"/>
        <source>Algo salió mal en el asistente. Lo que ya hiciste no se perdió: puedes seguir o volver a intentarlo.</source>
        <translation>Something went wrong in the assistant. Nothing you did was lost: you can carry on or try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/crash.py" line="61"/>
        <source>Si se repite, pulsa «{button}», copia el reporte y envíalo a soporte.</source>
        <translation>If it happens again, click “{button}”, copy the report and send it to support.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/crash.py" line="76"/>
        <source>Mostrar los detalles</source>
        <translation>Show Details</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="22"/>
        <source>mensual</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="22"/>
        <source>semestral</source>
        <translation>semiannual</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="22"/>
        <source>anual</source>
        <translation>annual</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="23"/>
        <source>pago único</source>
        <translation>one-time payment</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="31"/>
        <source>Actualizar a {version}</source>
        <translation>Upgrade to {version}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="33"/>
        <source>Licencia: requiere compra</source>
        <translation>Licence: purchase required</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="34"/>
        <source>Inactivo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="35"/>
        <source>Pago pendiente</source>
        <translation>Payment due</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="36"/>
        <source>Ya actualizado a {version}</source>
        <translation>Already upgraded to {version}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="37"/>
        <source>Versión más reciente</source>
        <translation>Latest version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="39"/>
        <source>No disponible</source>
        <translation>Not available</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="47"/>
        <source>{name} es una licencia de pago único. Para pasar a la versión {version} hay que comprarla; aquí solo se actualizan los sistemas en suscripción (renta mensual, semestral o anual).</source>
        <translation>{name} is a one-time licence. Moving to version {version} requires buying it; only subscription systems (monthly, semiannual or annual rental) can be upgraded here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="52"/>
        <source>{name} está inactivo. Reactívalo desde Mi cuenta Aspel o con tu distribuidor antes de actualizarlo.</source>
        <translation>{name} is inactive. Reactivate it in Mi cuenta Aspel or with your reseller before upgrading it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="56"/>
        <source>{name} tiene un pago pendiente. Cuando el pago esté al corriente podrás actualizarlo aquí.</source>
        <translation>{name} has a payment due. Once it is paid up you can upgrade it here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="60"/>
        <source>{name} ya se actualizó a la versión {version}. Su nuevo número de serie está en el correo que recibiste y en Mi cuenta Aspel.</source>
        <translation>{name} was already upgraded to version {version}. Its new serial number is in the e-mail you received and in Mi cuenta Aspel.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="63"/>
        <source>{name} ya está en la versión más reciente.</source>
        <translation>{name} is already on the latest version.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="65"/>
        <source>{name} no se puede actualizar desde aquí.</source>
        <translation>{name} cannot be upgraded from here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="80"/>
        <source>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: activa la nueva versión cuanto antes.</source>
        <translation>The date has passed: {old} could be used until {date}. The system will stop working at any moment, if it has not already: activate the new version as soon as you can.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="86"/>
        <source>Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de funcionar en cualquier momento, si no lo ha hecho ya: instala y activa la nueva versión cuanto antes.</source>
        <translation>The date has passed: {old} could be used until {date}. The system will stop working at any moment, if it has not already: install and activate the new version as soon as you can.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="92"/>
        <source>Hoy, {date}, es el último día para usar {old}; después, el sistema quedará inactivo.</source>
        <translation>Today, {date}, is the last day to use {old}; after that, the system becomes inactive.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="96"/>
        <source>Te queda 1 día: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>1 day left: you can keep using {old} until {date}; after that, the system becomes inactive.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/formatting.py" line="101"/>
        <source>Te quedan {days} días: podrás seguir usando {old} hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>{days} days left: you can keep using {old} until {date}; after that, the system becomes inactive.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="32"/>
        <source>Parece que esta computadora no tiene conexión a internet. Revisa el cable o la red inalámbrica y vuelve a intentarlo.</source>
        <translation>This computer does not seem to be connected to the internet. Check the cable or the wireless network and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="34"/>
        <source>No se encontró la dirección del portal de Aspel. Revisa tu conexión a internet; si usas un proxy o una red de oficina, pide ayuda a tu área de sistemas.</source>
        <translation>The Aspel portal’s address could not be found. Check your internet connection; on a proxy or an office network, ask your IT department for help.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="37"/>
        <source>El portal de Aspel no aceptó la conexión. Revisa tu conexión a internet e inténtalo de nuevo en unos minutos.</source>
        <translation>The Aspel portal refused the connection. Check your internet connection and try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="39"/>
        <source>No se pudo verificar el certificado de seguridad del portal de Aspel. La conexión se detuvo para proteger tus datos. Si estás en una red de oficina, pide ayuda a tu área de sistemas.</source>
        <translation>The Aspel portal’s security certificate could not be verified. The connection was stopped to protect your data. On an office network, ask your IT department for help.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="42"/>
        <source>No se pudo conectar a través del proxy de tu red. Revisa la dirección del proxy o pide ayuda a tu área de sistemas.</source>
        <translation>Could not connect through your network’s proxy. Check the proxy address or ask your IT department for help.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="44"/>
        <source>El proxy de tu red pide usuario y contraseña. Pide a tu área de sistemas que configure el proxy para este programa.</source>
        <translation>Your network’s proxy asks for a user name and password. Ask your IT department to set up the proxy for this program.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="49"/>
        <source>No se pudo conectar con el portal de Aspel. Revisa tu conexión a internet e inténtalo de nuevo.</source>
        <translation>Could not connect to the Aspel portal. Check your internet connection and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="57"/>
        <source>está vacía</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="62"/>
        <source>no es segura: debe empezar con https:// (http:// solo se permite en esta misma computadora)</source>
        <translation>is not secure: it must start with https:// (http:// is allowed only on this same computer)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="64"/>
        <source>no dice el nombre del servidor (por ejemplo https://portal.ejemplo.com)</source>
        <translation>does not name the server (for example https://portal.example.com)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="66"/>
        <source>tiene un puerto no válido (debe ser un número del 1 al 65535)</source>
        <translation>has an invalid port (it must be a number from 1 to 65535)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="72"/>
        <source>no es válida</source>
        <translation>is not valid</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="77"/>
        <source>Este sistema es una licencia de pago único: para pasar a la nueva versión hay que comprarla. Consulta los precios.</source>
        <translation>This system is a one-time licence: moving to the new version requires buying it. See the prices.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="80"/>
        <source>Este sistema está inactivo. Reactívalo antes de actualizarlo.</source>
        <translation>This system is inactive. Reactivate it before upgrading it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="81"/>
        <source>Este sistema tiene un pago pendiente. Cuando esté al corriente podrás actualizarlo.</source>
        <translation>This system has a payment due. Once it is paid up you can upgrade it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="83"/>
        <location filename="../../aspel_upgrade/flow/messages.py" line="120"/>
        <source>Este sistema ya se actualizó.</source>
        <translation>This system was already upgraded.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="84"/>
        <source>Este sistema ya está en la versión más reciente.</source>
        <translation>This system is already on the latest version.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="86"/>
        <source>Este sistema no se puede actualizar desde aquí.</source>
        <translation>This system cannot be upgraded from here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="93"/>
        <source>Se hicieron demasiados intentos seguidos. Espera {seconds} segundos y vuelve a intentarlo.</source>
        <translation>Too many attempts in a row. Wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="100"/>
        <source>Tu cuenta quedó bloqueada por varios intentos fallidos. Podrás volver a intentarlo después de las {time} del {date}, o usa «¿Olvidaste tu contraseña?».</source>
        <translation>Your account was locked after several failed attempts. You can try again after {time} on {date}, or use “Forgot your password?”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="104"/>
        <source>Tu cuenta quedó bloqueada por varios intentos fallidos. Espera unos minutos o usa «¿Olvidaste tu contraseña?».</source>
        <translation>Your account was locked after several failed attempts. Wait a few minutes or use “Forgot your password?”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="109"/>
        <source>El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.</source>
        <translation>The user name or password is not correct. Check them and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="112"/>
        <source>Tu sesión terminó. Vuelve a escribir tu contraseña para continuar.</source>
        <translation>Your session ended. Type your password again to continue.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="117"/>
        <source>Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos.</source>
        <translation>The terms and conditions changed. Read them again and accept them again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="122"/>
        <source>La clave de esta operación ya se usó para otra solicitud. Vuelve a empezar la actualización.</source>
        <translation>This operation’s key was already used for another request. Start the upgrade again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="125"/>
        <source>La descarga se interrumpió varias veces seguidas. Revisa tu conexión a internet y vuelve a intentarlo.</source>
        <translation>The download was interrupted several times in a row. Check your internet connection and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="129"/>
        <source>No encontramos ese dato en tu cuenta. Actualiza la lista e inténtalo de nuevo.</source>
        <translation>We could not find that in your account. Refresh the list and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="132"/>
        <source>El portal rechazó la solicitud. Revisa los datos e inténtalo de nuevo.</source>
        <translation>The portal rejected the request. Check the details and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="135"/>
        <source>El portal de Aspel no está disponible en este momento. Inténtalo de nuevo en {seconds} segundos.</source>
        <translation>The Aspel portal is not available right now. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="149"/>
        <source>No se puede guardar el avance de la actualización en la carpeta «{folder}»; hace falta para no perder el resultado si se corta la conexión. Revisa que la carpeta exista y que tengas permiso para escribir en ella, o pide ayuda a tu área de sistemas. No se envió nada al portal. Detalle técnico: {detail}</source>
        <translation>The upgrade’s progress cannot be saved in the folder “{folder}”; it is needed so that the result is not lost if the connection drops. Check that the folder exists and that you may write in it, or ask your IT department for help. Nothing was sent to the portal. Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="156"/>
        <source>La dirección del portal «{url}» {problem}.</source>
        <translation>The portal address “{url}” {problem}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="160"/>
        <source>No se pudo guardar el instalador en la carpeta «{folder}» ({reason}). Revisa que exista y que puedas escribir en ella.</source>
        <translation>The installer could not be saved in the folder “{folder}” ({reason}). Check that it exists and that you may write in it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="174"/>
        <source>La actualización que quedó pendiente ({what}) no se completó. {reason} Si todavía la necesitas, vuelve a hacerla desde aquí.</source>
        <translation>The pending upgrade ({what}) was not completed. {reason} If you still need it, do it again from here.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="178"/>
        <source>También quedó pendiente de ver el resultado de: {what}. Elige su fila (dice «Ya actualizado») y pulsa «Siguiente» para verlo.</source>
        <translation>The result of these is also still waiting to be seen: {what}. Choose its row (it says “Already upgraded”) and click “Next” to see it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="185"/>
        <source>{sentence} Detalle técnico: {detail}</source>
        <translation>{sentence} Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="244"/>
        <source>No está configurada la dirección del portal de Aspel. Pide a tu área de sistemas que la configure (archivo de configuración del equipo) o inicia con --portal-url.</source>
        <translation>The Aspel portal’s address is not configured. Ask your IT department to configure it (this computer’s settings file) or start with --portal-url.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="251"/>
        <source>La dirección del portal {url} del archivo de configuración {file} {problem}. Pide a tu área de sistemas que la corrija o inicia con --portal-url.</source>
        <translation>The portal address {url} in the settings file {file} {problem}. Ask your IT department to correct it or start with --portal-url.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="258"/>
        <source>El portal de pruebas (--sandbox) no viene en esta instalación.</source>
        <translation>The test portal (--sandbox) is not part of this installation.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="263"/>
        <source>El portal no respondió al diagnóstico.</source>
        <translation>The portal did not answer the diagnostics.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="267"/>
        <source>Se envió la confirmación, pero no se recibió la respuesta del portal. La próxima vez que abras el asistente verás el resultado; no se generará un segundo número de serie.</source>
        <translation>The confirmation was sent, but the portal’s answer was not received. The next time you open the assistant you will see the result; no second serial number will be issued.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="273"/>
        <source>El instalador descargado no coincide con el publicado por Aspel; se borró.</source>
        <translation>The downloaded installer does not match the one Aspel published; it was deleted.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="277"/>
        <source>No hay espacio suficiente en {folder}: se necesitan {needed} MB y hay {free} MB libres.</source>
        <translation>There is not enough space in {folder}: {needed} MB are needed and {free} MB are free.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="285"/>
        <source>No se terminó de descargar el instalador.</source>
        <translation>The installer was not downloaded completely.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="296"/>
        <source>--portal-url: {problem}</source>
        <translation>--portal-url: {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="298"/>
        <source>--proxy: la dirección «{url}» {problem}</source>
        <translation>--proxy: the address “{url}” {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="302"/>
        <source>--ca-bundle: «{path}» {problem}</source>
        <translation>--ca-bundle: “{path}” {problem}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="306"/>
        <source>--system {system} no es un sistema conocido ({known})</source>
        <translation>--system {system} is not a known system ({known})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="310"/>
        <source>--download-dir solo tiene sentido junto con --download</source>
        <translation>--download-dir only makes sense together with --download</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="312"/>
        <source>--download-dir: {path} no es una carpeta</source>
        <translation>--download-dir: {path} is not a folder</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="317"/>
        <source>Usa --help para ver las opciones.</source>
        <translation>Use --help to see the options.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="323"/>
        <source>la ruta está vacía</source>
        <translation>the path is empty</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="324"/>
        <source>es una carpeta, no un archivo</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="325"/>
        <source>no es un archivo normal</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="326"/>
        <source>«{place}» es un archivo, no una carpeta</source>
        <translation>“{place}” is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="327"/>
        <source>no se puede escribir en la carpeta «{place}» ({detail})</source>
        <translation>the folder “{place}” cannot be written to ({detail})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="328"/>
        <location filename="../../aspel_upgrade/flow/messages.py" line="330"/>
        <source>no se pudo guardar (detalle técnico: {detail})</source>
        <translation>it could not be saved (technical detail: {detail})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="331"/>
        <source>no se puede escribir el archivo de resultado «{file}»: {why}</source>
        <translation>the result file “{file}” cannot be written: {why}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="138"/>
        <source>El portal de Aspel no está disponible en este momento. Inténtalo más tarde.</source>
        <translation>The Aspel portal is not available right now. Try again later.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="143"/>
        <source>El portal de Aspel tardó demasiado en responder. Revisa tu conexión e inténtalo de nuevo.</source>
        <translation>The Aspel portal took too long to answer. Check your connection and try again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="146"/>
        <source>El portal de Aspel respondió algo que no esperábamos. Inténtalo de nuevo más tarde; si se repite, usa «Diagnóstico» y contacta a soporte.</source>
        <translation>The Aspel portal answered something unexpected. Try again later; if it happens again, use “Diagnostics” and contact support.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="165"/>
        <source>Ocurrió un error inesperado. Vuelve a intentarlo; si se repite, copia el reporte y envíalo a soporte.</source>
        <translation>An unexpected error occurred. Try again; if it happens again, copy the report and send it to support.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="28"/>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="58"/>
        <source>Sistema</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="29"/>
        <source>Nuevo número de serie</source>
        <translation>New serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="30"/>
        <source>Número de serie anterior</source>
        <translation>Previous serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="31"/>
        <source>Razón social para activar</source>
        <translation>Company name (razón social) for activation</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="32"/>
        <source>Periodicidad de renta</source>
        <translation>Rental period</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="34"/>
        <source>Plazo de la versión anterior</source>
        <translation>Deadline for the previous version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="39"/>
        <source>Enlace de descarga</source>
        <translation>Download link</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="40"/>
        <source>Aviso enviado a</source>
        <translation>Notice sent to</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="41"/>
        <source>Folio de la actualización</source>
        <translation>Upgrade reference</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="43"/>
        <source>Fecha de emisión</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/receipt_pdf.py" line="79"/>
        <source>Comprobante de actualización</source>
        <translation>Upgrade receipt</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="59"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="60"/>
        <source>En este
equipo</source>
        <translation>On this
computer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="61"/>
        <source>Usuarios</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="62"/>
        <source>No. de
serie</source>
        <translation>Serial
number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="64"/>
        <source>Fecha de
activación</source>
        <translation>Activation
date</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="65"/>
        <source>Próximo
pago</source>
        <translation>Next
payment</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="66"/>
        <source>Plan actualizado</source>
        <translation>Upgrade plan</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="151"/>
        <source>En este equipo: {versions}</source>
        <translation>On this computer: {versions}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="155"/>
        <source>(carpeta del programa no encontrada)</source>
        <translation>(program folder not found)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="156"/>
        <source>{system} {version} instalado en «{folder}»</source>
        <translation>{system} {version} installed in “{folder}”</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/subscription_model.py" line="160"/>
        <source>abierto ahora</source>
        <translation>open now</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="193"/>
        <source>no se pudo abrir</source>
        <translation>could not be opened</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="194"/>
        <source>no es un archivo normal (por ejemplo, es una carpeta)</source>
        <translation>is not a regular file (for example, it is a folder)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="195"/>
        <source>es demasiado grande para ser un archivo de configuración</source>
        <translation>is too big to be a settings file</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="196"/>
        <source>no está guardado como texto UTF-8</source>
        <translation>is not saved as UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="197"/>
        <location filename="../../aspel_upgrade/flow/messages.py" line="198"/>
        <source>no tiene el formato correcto (JSON)</source>
        <translation>is not in the right format (JSON)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="200"/>
        <source>no se pudo usar</source>
        <translation>could not be used</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="207"/>
        <source>debe ser true o false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="208"/>
        <source>debe ser un texto entre comillas</source>
        <translation>must be text in quotes</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="210"/>
        <source>está vacío</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="58"/>
        <source>tiene espacios o caracteres no válidos</source>
        <translation>has spaces or invalid characters</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="59"/>
        <source>no es una dirección válida</source>
        <translation>is not a valid address</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="60"/>
        <source>debe empezar con https://</source>
        <translation>must start with https://</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="61"/>
        <source>debe empezar con http:// o https://</source>
        <translation>must start with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="65"/>
        <source>tiene un nombre de servidor no válido</source>
        <translation>has an invalid server name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="67"/>
        <source>no debe llevar usuario ni contraseña</source>
        <translation>must not include a user name or password</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="68"/>
        <source>no debe llevar «?» ni «#»</source>
        <translation>must not include “?” or “#”</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="69"/>
        <source>no existe o no es un archivo</source>
        <translation>does not exist or is not a file</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="70"/>
        <source>debe ser es o en</source>
        <translation>must be es or en</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="211"/>
        <source>no es válido</source>
        <translation>is not valid</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="221"/>
        <source>El archivo de configuración «{file}» {what}; se ignora y se usan los valores predeterminados.</source>
        <translation>The settings file “{file}” {what}; it is ignored and the defaults are used.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="228"/>
        <source>En «{file}», el valor de «{key}» {what}; se ignora ese valor.</source>
        <translation>In “{file}”, the value of “{key}” {what}; that value is ignored.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/flow/messages.py" line="236"/>
        <source>Detalle técnico: {details}</source>
        <translation>Technical detail: {details}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/input_limits.py" line="26"/>
        <source>El usuario tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que escribiste o pegaste.</source>
        <translation>The user name has {count} characters and Mi cuenta Aspel accepts up to {limit}. Check what you typed or pasted.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/input_limits.py" line="36"/>
        <source>La contraseña tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. Revisa lo que pegaste.</source>
        <translation>The password has {count} characters and Mi cuenta Aspel accepts up to {limit}. Check what you pasted.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/input_limits.py" line="40"/>
        <source>La contraseña no puede ser solo espacios. Escríbela de nuevo.</source>
        <translation>The password cannot be only spaces. Type it again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="30"/>
        <source>«{folder}» (1 empresa)</source>
        <translation>“{folder}” (1 company)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="32"/>
        <source>«{folder}» ({count} empresas)</source>
        <translation>“{folder}” ({count} companies)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="34"/>
        <source>Los datos de {old} están en este equipo: {folders}.</source>
        <translation>The data of {old} is on this computer: {folders}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="39"/>
        <source>{old} está instalado en este equipo, pero sus datos no están aquí: probablemente están en el equipo Servidor. Haz la instalación, la activación y la traducción de datos en el Servidor.</source>
        <translation>{old} is installed on this computer, but its data is not here: it is probably on the Server computer. Install, activate and bring the data over on the Server.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="45"/>
        <source>No encontramos {old} en este equipo. Haz la instalación, la activación y la traducción de datos en el equipo donde usas {old} (el Servidor).</source>
        <translation>We did not find {old} on this computer. Install, activate and bring the data over on the computer where you use {old} (the Server).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="56"/>
        <source>{old} está abierto en este equipo. Ciérralo antes de instalar la nueva versión y de traer tus datos.</source>
        <translation>{old} is open on this computer. Close it before installing the new version and bringing your data over.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="65"/>
        <source>{new} ya está instalado en este equipo.</source>
        <translation>{new} is already installed on this computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="68"/>
        <source>Descarga el instalador de {new} e instálalo en el equipo Servidor.</source>
        <translation>Download the installer of {new} and install it on the Server computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="72"/>
        <source>Actívalo con el nuevo número de serie y la razón social, tal como aparecen aquí. La activación únicamente debe realizarse en el equipo Servidor.</source>
        <translation>Activate it with the new serial number and the razón social exactly as shown here. Activation must be done only on the Server computer.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="76"/>
        <source>Si el Servidor no tiene internet, elige «Activar desde otro equipo»: guarda el archivo de solicitud, cárgalo en la página de activación de Aspel desde un equipo con internet y lleva al Servidor el archivo de respuesta que te devuelve.</source>
        <translation>If the Server has no internet, choose “Activar desde otro equipo” (activate from another computer): save the request file, upload it to Aspel&apos;s activation page from a computer with internet, and take the response file it gives back to the Server.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="81"/>
        <source>Al terminar la instalación, elige «Traducir de una versión anterior» para traer tus datos de {old}. Si no lo hiciste entonces, hazlo después en Utilerías › Traducción de datos.</source>
        <translation>At the end of the installation, choose “Traducir de una versión anterior” (translate from a previous version) to bring over your data from {old}. If you did not do it then, do it later in Utilerías › Traducción de datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/guidance_text.py" line="92"/>
        <source>Si al activar aparece «{message}»: ese número de serie ya se activó en el periodo actual de tu suscripción y no admite otra activación hasta el siguiente periodo. No lo intentes en otros equipos; usa el equipo donde ya se activó y, si necesitas cambiarlo, comunícate con tu distribuidor o con Aspel.</source>
        <translation>If activation shows “{message}” (no other activation is possible in the same period for a subscription system): that serial number was already activated in the current period of your subscription and cannot be activated again until the next period. Do not try on other computers; use the computer where it was activated and, if you need to change it, contact your distributor or Aspel.</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <location filename="../../aspel_upgrade/ui/widgets.py" line="101"/>
        <source>reintento {n}</source>
        <translation>retry {n}</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="23"/>
        <source>Confirmación</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="25"/>
        <source>Revisa los datos. Al confirmar, el portal genera tu nuevo número de serie y lo envía por correo.</source>
        <translation>Check the details. When you confirm, the portal issues your new serial number and e-mails it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="30"/>
        <source>Actualizar &amp;número de serie</source>
        <translation>Upgrade serial &amp;number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="41"/>
        <source>Sistema:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="42"/>
        <source>Número de serie actual:</source>
        <translation>Current serial number:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="43"/>
        <source>Periodicidad de renta:</source>
        <translation>Rental period:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="44"/>
        <source>Razón social para activar:</source>
        <translation>Company name for activation:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="45"/>
        <source>Plazo de la versión anterior:</source>
        <translation>Deadline for the previous version:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="46"/>
        <source>Aviso por correo a:</source>
        <translation>E-mail notice to:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="59"/>
        <source>El asistente de activación de la nueva versión te pedirá la razón social exactamente como aparece arriba.</source>
        <translation>The new version’s activation assistant will ask for the company name (razón social) exactly as shown above.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="72"/>
        <source>{system} {old} → {new}</source>
        <translation>{system} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="93"/>
        <source>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (su plazo terminó el {date}). Si todavía no estás listo, pulsa «{cancel}».</source>
        <translation>This step cannot be undone. When you click “{commit}” you will receive the new serial number and will have to stop using {old} (its period ended on {date}). If you are not ready yet, click “{cancel}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="97"/>
        <source>Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número de serie y tendrás que dejar de usar {old} (solo funcionará hasta el {date}). Si todavía no estás listo, pulsa «{cancel}».</source>
        <translation>This step cannot be undone. When you click “{commit}” you will receive the new serial number and will have to stop using {old} (it will only work until {date}). If you are not ready yet, click “{cancel}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="140"/>
        <source>Generando tu nuevo número de serie…</source>
        <translation>Issuing your new serial number…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/confirm.py" line="158"/>
        <source>{problem} No sabemos si el portal alcanzó a recibir la confirmación: pulsa de nuevo «Actualizar número de serie». Es seguro, no se generará un segundo número de serie.</source>
        <translation>{problem} We do not know whether the portal received the confirmation: click “Upgrade serial number” again. It is safe: no second serial number will be issued.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="21"/>
        <source>Diagnóstico de aspel-upgrade</source>
        <translation>aspel-upgrade diagnostics</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="22"/>
        <source>Sistema operativo</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="23"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="24"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="25"/>
        <source>Carpeta de registros</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="26"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="27"/>
        <source>FALLA</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="28"/>
        <source>ninguno</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="29"/>
        <source>(del sistema)</source>
        <translation>(the system&apos;s)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="30"/>
        <source>conectado a {address}</source>
        <translation>connected to {address}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="31"/>
        <source>conectado al proxy {address}</source>
        <translation>connected to the proxy {address}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="32"/>
        <source>{version}, certificado emitido por: {issuer}</source>
        <translation>{version}, certificate issued by: {issuer}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="33"/>
        <source>{status}, contrato {version} ({portal})</source>
        <translation>{status}, contract {version} ({portal})</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="34"/>
        <source>Sistemas Aspel en este equipo:</source>
        <translation>Aspel systems on this computer:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="35"/>
        <source>ninguno encontrado</source>
        <translation>none found</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="36"/>
        <source>no se pudo revisar</source>
        <translation>could not be checked</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="37"/>
        <source>programa en {folder}</source>
        <translation>program in {folder}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="38"/>
        <source>sin programa</source>
        <translation>no program</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="39"/>
        <source>datos en {folder} ({count} empresa)</source>
        <translation>data in {folder} ({count} company)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="40"/>
        <source>datos en {folder} ({count} empresas)</source>
        <translation>data in {folder} ({count} companies)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="41"/>
        <source>solo en el registro de Windows</source>
        <translation>only in the Windows registry</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="42"/>
        <source>abierto ahora</source>
        <translation>open now</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="43"/>
        <source>cerrado</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="44"/>
        <source>Resultado: el portal respondió.</source>
        <translation>Result: the portal answered.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_text.py" line="45"/>
        <source>Resultado: el portal NO respondió. Revisa las fallas de arriba.</source>
        <translation>Result: the portal did NOT answer. Check the failures above.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="30"/>
        <source>Diagnóstico</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="35"/>
        <source>Resultado del diagnóstico</source>
        <translation>Diagnostics result</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="43"/>
        <source>&amp;Repetir</source>
        <translation>&amp;Run again</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="44"/>
        <source>&amp;Copiar</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="45"/>
        <source>&amp;Exportar paquete de soporte…</source>
        <translation>&amp;Export support bundle…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="46"/>
        <source>C&amp;errar</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="79"/>
        <source>Revisando la conexión…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="101"/>
        <source>Exportar paquete de soporte</source>
        <translation>Export support bundle</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="101"/>
        <source>Archivo ZIP (*.zip)</source>
        <translation>ZIP file (*.zip)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="121"/>
        <source>No se pudo guardar el paquete ({reason}). Elige otra carpeta.</source>
        <translation>The bundle could not be saved ({reason}). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/diagnostics_dialog.py" line="128"/>
        <source>Paquete guardado en «{path}».</source>
        <translation>Bundle saved to “{path}”.</translation>
    </message>
</context>
<context>
    <name>DownloadPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="57"/>
        <source>Descargar e instalar</source>
        <translation>Download and install</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="77"/>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="80"/>
        <source>Avance de la descarga</source>
        <translation>Download progress</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="84"/>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="376"/>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="377"/>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="378"/>
        <source>Descar&amp;gar</source>
        <translation>Down&amp;load</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="85"/>
        <source>&amp;Pausar</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="86"/>
        <source>Ca&amp;ncelar descarga</source>
        <translation>Ca&amp;ncel download</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="100"/>
        <source>Verificado</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="110"/>
        <source>Huella SHA-256 del instalador</source>
        <translation>SHA-256 fingerprint of the installer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="113"/>
        <source>&amp;Ejecutar instalador</source>
        <translation>&amp;Run installer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="114"/>
        <source>Abrir &amp;carpeta</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="136"/>
        <source>Nuevo número de serie:</source>
        <translation>New serial number:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="137"/>
        <source>C&amp;opiar serie</source>
        <translation>C&amp;opy serial</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="138"/>
        <source>Copiar el número de serie</source>
        <translation>Copy the serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="139"/>
        <source>Razón social:</source>
        <translation>Company name:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="140"/>
        <source>Copiar ra&amp;zón social</source>
        <translation>Copy company &amp;name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="141"/>
        <source>Copiar la razón social</source>
        <translation>Copy the company name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="183"/>
        <source>{system} {new}: el instalador ({size}) se descarga aquí mismo y se comprueba antes de usarlo.</source>
        <translation>{system} {new}: the installer ({size}) is downloaded right here and checked before use.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="190"/>
        <source>Se guarda en: {path}</source>
        <translation>Saving to: {path}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="225"/>
        <source>Continuando la descarga anterior desde {done}.</source>
        <translation>Continuing the earlier download from {done}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="260"/>
        <source>{done} de {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="262"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="285"/>
        <source>Descarga cancelada. Lo que ya se descargó se guardó: si pulsas «Descargar» (hoy o la próxima vez que abras el asistente), continuará donde se quedó.</source>
        <translation>Download cancelled. What was already downloaded is kept: if you press “Download” (today or the next time you open the assistant), it will continue where it stopped.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="291"/>
        <source>Descarga en pausa. Pulsa «Reanudar» para continuar.</source>
        <translation>Download paused. Press “Resume” to continue.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="314"/>
        <source>El archivo descargado no coincide con el que publicó Aspel (pudo dañarse en el camino), así que se borró. Pulsa «Reintentar» para descargarlo de nuevo.</source>
        <translation>The downloaded file does not match the one Aspel published (it may have been damaged on the way), so it was deleted. Press “Try again” to download it again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="318"/>
        <source>No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y pulsa «Reintentar».</source>
        <translation>There is not enough space in the folder “{folder}”: {needed} are needed and {free} are free. Free some space (for example, empty the recycle bin) and press “Try again”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="325"/>
        <source>El portal ya no reconoce este enlace de descarga. Pulsa «Reintentar»; si se repite, vuelve a la página anterior y usa «Abrir descarga».</source>
        <translation>The portal no longer recognises this download link. Press “Try again”; if it happens again, go back to the previous page and use “Open download”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="329"/>
        <source>No se pudo guardar el instalador en la carpeta «{folder}» ({reason}). Revisa que exista y que puedas escribir en ella, y pulsa «Reintentar».</source>
        <translation>The installer could not be saved in the folder “{folder}” ({reason}). Check that it exists and that you can write to it, then press “Try again”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="333"/>
        <source>Lo que ya se descargó se guardó: al reintentar, la descarga continuará donde se quedó.</source>
        <translation>What was already downloaded is kept: when you try again, the download will continue where it stopped.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="341"/>
        <source>Mientras se descargaba, Aspel publicó una versión más reciente del instalador, así que la descarga empezó de nuevo con esa.</source>
        <translation>While it was downloading, Aspel published a newer build of the installer, so the download started again with that one.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="345"/>
        <source>La descarga que había quedado a medias ya no servía, así que empezó de nuevo.</source>
        <translation>The half-finished download could no longer be used, so it started again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="350"/>
        <source>El instalador está completo y es idéntico al que publicó Aspel (SHA-256: {sha}).</source>
        <translation>The installer is complete and identical to the one Aspel published (SHA-256: {sha}).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="354"/>
        <source>Se guardó en: {path}</source>
        <translation>Saved to: {path}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="356"/>
        <source>«Ejecutar instalador» instala {system} {new}. Sigue sus pasos.</source>
        <translation>“Run installer” installs {system} {new}. Follow its steps.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="358"/>
        <source>Al terminar, el asistente de activación te pedirá el número de serie y la razón social que aparecen abajo: escríbelos exactamente así.</source>
        <translation>When it finishes, the activation assistant will ask for the serial number and the company name shown below: type them exactly like this.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="360"/>
        <source>Después pasa tu información a la nueva versión con «Traducir de una versión anterior» (al terminar de instalar) o con Utilerías › Traducción de datos.</source>
        <translation>Then bring your data over to the new version with “Traducir de una versión anterior” (at the end of the installation) or with Utilerías › Traducción de datos.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="364"/>
        <source>Qué sigue</source>
        <translation>What comes next</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="375"/>
        <source>&amp;Reanudar</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="377"/>
        <source>&amp;Reintentar</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="390"/>
        <source>{system} {old} está abierto</source>
        <translation>{system} {old} is open</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="392"/>
        <source>{system} {old} está abierto en esta computadora. Ciérralo (y pide a quien lo use en red que también lo cierre) antes de instalar {system} {new}: el instalador puede fallar o pedir reiniciar si sigue abierto.</source>
        <translation>{system} {old} is open on this computer. Close it (and ask anyone using it over the network to close it too) before installing {system} {new}: the installer may fail or ask for a restart if it stays open.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="401"/>
        <source>&amp;Ejecutar de todos modos</source>
        <translation>&amp;Run anyway</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="404"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="417"/>
        <source>Se abrió el instalador de {system} {new}. Al terminar, el asistente de activación te pedirá el número de serie {serial} y la razón social «{razon}».</source>
        <translation>The {system} {new} installer was opened. When it finishes, the activation assistant will ask for the serial number {serial} and the company name “{razon}”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="425"/>
        <source>No se pudo abrir el instalador. Pulsa «Abrir carpeta» y ábrelo con doble clic.</source>
        <translation>The installer could not be opened. Press “Open folder” and double-click it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="441"/>
        <source>queda menos de un segundo</source>
        <translation>less than a second left</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="443"/>
        <source>quedan {s} s</source>
        <translation>{s} s left</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="445"/>
        <source>quedan {m} min {s} s</source>
        <translation>{m} min {s} s left</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/download.py" line="446"/>
        <source>quedan {h} h {m} min</source>
        <translation>{h} h {m} min left</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/base.py" line="128"/>
        <source>Tu sesión terminó. Para continuar, vuelve a escribir tu contraseña (pulsa de nuevo el botón de esta página).</source>
        <translation>Your session ended. To continue, type your password again (click this page’s button again).</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="35"/>
        <source>Restablecer contraseña</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="39"/>
        <source>Escribe tu usuario de Mi cuenta Aspel. Te enviaremos un correo a la dirección registrada en la cuenta para que elijas una contraseña nueva.</source>
        <translation>Type your Mi cuenta Aspel user name. We will send an e-mail to the address registered on the account so you can choose a new password.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="50"/>
        <source>Usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="52"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="64"/>
        <source>&amp;Enviar correo</source>
        <translation>&amp;Send e-mail</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/forgot_password.py" line="66"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="33"/>
        <source>Iniciar sesión</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="35"/>
        <source>Usa el usuario y la contraseña de Mi cuenta Aspel, los mismos del portal.</source>
        <translation>Use your Mi cuenta Aspel user name and password, the same as on the portal.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="44"/>
        <source>Usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="47"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="54"/>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="57"/>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="151"/>
        <source>&amp;Mostrar</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="59"/>
        <source>Mostrar u ocultar la contraseña</source>
        <translation>Show or hide the password</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="64"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="72"/>
        <source>&amp;Recordar mi usuario</source>
        <translation>&amp;Remember my user name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="74"/>
        <source>Recordar también mi contraseña en este &amp;equipo</source>
        <translation>Also remember my password on this &amp;computer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="77"/>
        <source>Se guarda cifrada en el administrador de credenciales de Windows, nunca en un archivo.</source>
        <translation>It is stored encrypted in the Windows Credential Manager, never in a file.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="86"/>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="88"/>
        <source>¿Olvidaste tu contraseña?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="144"/>
        <source>No se pudo leer la contraseña guardada en el administrador de credenciales de Windows. Escríbela para continuar.</source>
        <translation>The password saved in Windows Credential Manager could not be read. Type it to continue.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="151"/>
        <source>&amp;Ocultar</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="219"/>
        <source>Iniciando sesión…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="230"/>
        <source>Vuelve a iniciar sesión.</source>
        <translation>Log in again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="257"/>
        <source>No se pudo guardar tu contraseña en el administrador de credenciales de Windows: la próxima vez tendrás que escribirla.</source>
        <translation>Your password could not be saved in Windows Credential Manager: you will have to type it next time.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="279"/>
        <source>Escribe tu usuario para poder enviarte el correo.</source>
        <translation>Type your user name so we can send you the e-mail.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="293"/>
        <source>Si el usuario «{user}» existe, enviamos un correo a la dirección registrada en la cuenta con los pasos para elegir una contraseña nueva. Revisa tu bandeja de entrada (y la de correo no deseado).</source>
        <translation>If the user “{user}” exists, we sent an e-mail to the address registered on the account with the steps to choose a new password. Check your inbox (and your spam folder).</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/login.py" line="300"/>
        <source>Enviando la solicitud…</source>
        <translation>Sending the request…</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="33"/>
        <source>Tu sesión terminó</source>
        <translation>Your session ended</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="37"/>
        <source>Por seguridad, tu sesión en el portal terminó. Escribe de nuevo tu contraseña para continuar donde te quedaste; no perderás lo que elegiste.</source>
        <translation>For security, your portal session ended. Type your password again to continue where you left off; you will not lose what you chose.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="48"/>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="50"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="52"/>
        <source>Usuario:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="63"/>
        <source>&amp;Continuar</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/reauth.py" line="87"/>
        <source>Iniciando sesión…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="40"/>
        <source>¡Listo!</source>
        <translation>Done!</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="41"/>
        <source>Tu nuevo número de serie está listo.</source>
        <translation>Your new serial number is ready.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="52"/>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="67"/>
        <source>Nuevo número de serie</source>
        <translation>New serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="70"/>
        <source>&amp;Copiar</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="71"/>
        <source>Copiar el número de serie</source>
        <translation>Copy the serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="242"/>
        <source>Descargar e &amp;instalar…</source>
        <translation>Download and &amp;install…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="243"/>
        <source>Descargar e instalar la nueva versión</source>
        <translation>Download and install the new version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="87"/>
        <source>Razón social para activar</source>
        <translation>Company name (razón social) for activation</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="89"/>
        <source>Copiar ra&amp;zón social</source>
        <translation>Copy company &amp;name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="90"/>
        <source>Copiar la razón social</source>
        <translation>Copy the company name</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="92"/>
        <source>Enlace de descarga</source>
        <translation>Download link</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="93"/>
        <source>&amp;Abrir descarga</source>
        <translation>&amp;Open download</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="97"/>
        <source>Copiar &amp;enlace</source>
        <translation>Copy &amp;link</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="98"/>
        <source>Copiar el enlace de descarga</source>
        <translation>Copy the download link</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="100"/>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="107"/>
        <source>Plazo de la versión anterior</source>
        <translation>Deadline for the previous version</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="248"/>
        <source>Volver a descargar el &amp;instalador…</source>
        <translation>Download the &amp;installer again…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="249"/>
        <source>Volver a descargar el instalador</source>
        <translation>Download the installer again</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="269"/>
        <source>Buscando tu sistema en este equipo…</source>
        <translation>Looking for your system on this computer…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="310"/>
        <source>Guardar recordatorio</source>
        <translation>Save reminder</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="310"/>
        <source>Calendario (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="319"/>
        <source>{old} funciona hasta el {date}; después, el sistema quedará inactivo.</source>
        <translation>{old} works until {date}; after that, the system becomes inactive.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="321"/>
        <source>Nuevo número de serie: {serial}</source>
        <translation>New serial number: {serial}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="322"/>
        <source>Razón social para activar: {razon}</source>
        <translation>Razón social to activate: {razon}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="323"/>
        <source>Descarga: {url}</source>
        <translation>Download: {url}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="327"/>
        <source>Último día para usar {old}</source>
        <translation>Last day to use {old}</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="329"/>
        <source>Se acerca el último día para usar {old}: después, el sistema quedará inactivo.</source>
        <translation>The last day to use {old} is coming: after that, the system becomes inactive.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="359"/>
        <source>No se pudo guardar el recordatorio en «{path}» ({reason}). Elige otra carpeta.</source>
        <translation>The reminder could not be saved to “{path}” ({reason}). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="365"/>
        <source>Recordatorio guardado en «{path}». Ábrelo para agregarlo a tu calendario.</source>
        <translation>Reminder saved to “{path}”. Open it to add it to your calendar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="101"/>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="108"/>
        <source>Aviso enviado a</source>
        <translation>Notice sent to</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="103"/>
        <source>Razón social para activar (escríbela exactamente así)</source>
        <translation>Company name for activation (type it exactly like this)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="105"/>
        <source>Descarga de la nueva versión</source>
        <translation>New version download</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="126"/>
        <source>En este equipo</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="142"/>
        <source>&amp;Guardar comprobante (PDF)…</source>
        <translation>&amp;Save receipt (PDF)…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="146"/>
        <source>Guardar &amp;recordatorio…</source>
        <translation>Save &amp;reminder…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="149"/>
        <source>Un archivo de calendario (.ics) con la fecha límite y avisos una semana y un día antes; ábrelo para agregarlo a Outlook o a tu calendario.</source>
        <translation>A calendar file (.ics) with the deadline and alerts a week and a day before; open it to add it to Outlook or your calendar.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="180"/>
        <source>Este sistema ya se había actualizado; estos son sus datos.</source>
        <translation>This system had already been upgraded; these are its details.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="183"/>
        <source>{system} {old} ya se había actualizado a {new}. No se generó otro número de serie: este es el que ya tienes.</source>
        <translation>{system} {old} had already been upgraded to {new}. No other serial number was issued: this is the one you already have.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="190"/>
        <source>Actualizaste {system} {old} a {new}.</source>
        <translation>You upgraded {system} {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="272"/>
        <source>Siguientes pasos</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="281"/>
        <source>Guardar comprobante</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="281"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="299"/>
        <source>No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra carpeta.</source>
        <translation>The receipt could not be saved to “{path}” ({reason}). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/result.py" line="304"/>
        <source>Comprobante guardado en «{path}».</source>
        <translation>Receipt saved to “{path}”.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="35"/>
        <source>Sistemas en suscripción</source>
        <translation>Systems under subscription</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="37"/>
        <source>Elige el sistema que quieres actualizar. Solo se pueden elegir los que dicen «Actualizar a…»; en los demás verás por qué no.</source>
        <translation>Choose the system you want to upgrade. Only those saying “Upgrade to…” can be chosen; the others say why not.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="51"/>
        <source>Sistemas de tu cuenta</source>
        <translation>Your account’s systems</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="91"/>
        <source>&amp;Actualizar lista</source>
        <translation>&amp;Refresh list</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="92"/>
        <source>Actualizar la lista de sistemas</source>
        <translation>Refresh the list of systems</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="119"/>
        <source>No encontramos un único sistema que se pueda actualizar con los datos recibidos del instalador ({wanted}). Elige en la lista el que quieres actualizar.</source>
        <translation>We did not find exactly one upgradable system matching the installer’s details ({wanted}). Choose the one you want to upgrade from the list.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="129"/>
        <source>Consultando tus sistemas…</source>
        <translation>Looking up your systems…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="162"/>
        <source>Tu cuenta no tiene sistemas registrados. Si compraste uno recientemente, espera unos minutos y pulsa «Actualizar lista».</source>
        <translation>Your account has no registered systems. If you bought one recently, wait a few minutes and click “Refresh list”.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="168"/>
        <source>Ninguno de tus sistemas se puede actualizar desde aquí. Selecciona uno en la lista para ver por qué.</source>
        <translation>None of your systems can be upgraded from here. Select one in the list to see why.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="316"/>
        <source>{name} se puede actualizar a la versión {version}. Pulsa «Siguiente» para leer los términos.</source>
        <translation>{name} can be upgraded to version {version}. Click “Next” to read the terms.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="323"/>
        <source>{name} ya se actualizó a la versión {version}. Pulsa «Siguiente» para ver su nuevo número de serie, el enlace de descarga y la razón social.</source>
        <translation>{name} was already upgraded to version {version}. Click “Next” to see its new serial number, the download link and the company name.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="328"/>
        <source>Ver sus datos y descargar el instalador</source>
        <translation>See its details and download the installer</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="335"/>
        <source>Consultar precios</source>
        <translation>See prices</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/subscriptions.py" line="360"/>
        <source>Consultando los datos de la actualización…</source>
        <translation>Getting the upgrade&apos;s details…</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="22"/>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="39"/>
        <source>Términos y condiciones</source>
        <translation>Terms and conditions</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="23"/>
        <source>Lee lo que implica la actualización antes de aceptarla.</source>
        <translation>Read what the upgrade means before accepting it.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="44"/>
        <source>He &amp;leído y acepto los términos y condiciones</source>
        <translation>I have &amp;read and accept the terms and conditions</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="45"/>
        <source>Acepto los términos y condiciones</source>
        <translation>I accept the terms and conditions</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="50"/>
        <source>&amp;Reintentar</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="65"/>
        <source>Elegimos {system} {version} porque está instalado en este equipo. Si quieres actualizar otro sistema, pulsa «Atrás» y luego «Siguiente» para ver la lista.</source>
        <translation>We chose {system} {version} because it is installed on this computer. To upgrade another system, click “Back” and then “Next” to see the list.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="81"/>
        <source>Los términos y condiciones cambiaron mientras confirmabas. Léelos de nuevo y, si estás de acuerdo, vuelve a aceptarlos.</source>
        <translation>The terms and conditions changed while you were confirming. Read them again and, if you agree, accept them again.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="92"/>
        <source>Consultando los términos de la actualización…</source>
        <translation>Looking up the upgrade’s terms…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="118"/>
        <source>Importante: al recibir el nuevo número de serie tendrás que dejar de usar {old}. Si todavía no estás listo para dejar de usarlo, no continúes; puedes volver a abrir el asistente cuando lo estés.</source>
        <translation>Important: once you receive the new serial number you will have to stop using {old}. If you are not ready to stop using it yet, do not continue; you can open the assistant again when you are.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="126"/>
        <source>Las dos versiones funcionan a la vez hasta entonces para que pases tu información a la nueva.</source>
        <translation>Both versions work side by side until then, so that you can move your data to the new one.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="130"/>
        <source>Recibes la nueva versión sin costo adicional, porque tu sistema está en suscripción, y el nuevo número de serie conserva la periodicidad {periodicity}.</source>
        <translation>You get the new version at no additional cost, because your system is on a subscription, and the new serial number keeps the {periodicity} rental period.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/pages/terms.py" line="144"/>
        <source>Versión de los términos: {v}</source>
        <translation>Terms version: {v}</translation>
    </message>
</context>
<context>
    <name>UpgradeWizard</name>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="47"/>
        <source>Actualizar número de serie de Aspel</source>
        <translation>Upgrade an Aspel serial number</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="56"/>
        <source>&amp;Diagnóstico</source>
        <translation>&amp;Diagnostics</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="230"/>
        <source>Actualización pendiente</source>
        <translation>Pending upgrade</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="231"/>
        <source>La última vez se envió la actualización de {what}, pero no se llegó a ver el resultado. ¿Quieres terminarla ahora? Solo tendrás que iniciar sesión; no se generará un segundo número de serie.</source>
        <translation>Last time the upgrade of {what} was sent, but its result was never shown. Do you want to finish it now? You only need to log in; no second serial number will be issued.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="237"/>
        <source>&amp;Terminarla ahora</source>
        <translation>&amp;Finish it now</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="238"/>
        <source>&amp;Más tarde</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="259"/>
        <source>Inicia sesión como «{user}» para ver el resultado de la actualización pendiente.</source>
        <translation>Log in as “{user}” to see the result of the pending upgrade.</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="286"/>
        <source>Consultando el resultado de la actualización pendiente…</source>
        <translation>Getting the result of the pending upgrade…</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="357"/>
        <source>Confirmación en curso</source>
        <translation>Confirmation in progress</translation>
    </message>
    <message>
        <location filename="../../aspel_upgrade/ui/wizard.py" line="358"/>
        <source>Estamos esperando la respuesta del portal. Si cierras ahora, la próxima vez que abras el asistente podrás ver el resultado. ¿Cerrar de todos modos?</source>
        <translation>We are waiting for the portal’s answer. If you close now, you will see the result the next time you open the assistant. Close anyway?</translation>
    </message>
</context>
</TS>
