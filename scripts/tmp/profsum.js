const fs=require('fs');const dir=process.argv[2];const f=fs.readdirSync(dir).filter(x=>x.endsWith('.cpuprofile')).sort((a,b)=>fs.statSync(dir+'/'+b).size-fs.statSync(dir+'/'+a).size)[0];const p=JSON.parse(fs.readFileSync(dir+'/'+f));
const byId=new Map(p.nodes.map(n=>[n.id,n]));const parent=new Map();p.nodes.forEach(n=>(n.children||[]).forEach(c=>parent.set(c,n.id)));
const self=new Map();const total=new Map();const dt=p.timeDeltas;
const name=n=>n.callFrame.functionName+' '+n.callFrame.url.split('/').slice(-2).join('/');
p.samples.forEach((s,i)=>{const d=dt[i]||0;let n=byId.get(s);self.set(name(n),(self.get(name(n))||0)+d);const seen=new Set();while(n){const k=name(n);if(!seen.has(k)){seen.add(k);total.set(k,(total.get(k)||0)+d);}n=byId.get(parent.get(n.id));}});
console.log('TOTAL');[...total].filter(([k])=>/\.ts$/.test(k)&&!/^ /.test(k)).sort((a,b)=>b[1]-a[1]).slice(0,30).forEach(([k,v])=>console.log((v/1000).toFixed(0).padStart(6),k));
console.log('SELF');[...self].sort((a,b)=>b[1]-a[1]).slice(0,25).forEach(([k,v])=>console.log((v/1000).toFixed(0).padStart(6),k));
